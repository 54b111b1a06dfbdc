// The one place that turns core values into VS Code objects.
import * as vscode from 'vscode';
import { ruleDocUrl, type Fix, type LintIssue, type Range, type Severity } from '../core/index';

export const DIAGNOSTIC_SOURCE = 'handoff';

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(issue: LintIssue): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(issue.range), issue.message, SEVERITY[issue.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: issue.ruleId, target: vscode.Uri.parse(ruleDocUrl(issue.ruleId)) };
  return diagnostic;
}

export function toWorkspaceEdit(uri: vscode.Uri, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, toVsRange(e.range), e.newText);
  return edit;
}

/** The rule id of a Handoff diagnostic, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
