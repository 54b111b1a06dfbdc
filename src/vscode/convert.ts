// The one place that turns core values into VS Code objects.
import * as vscode from 'vscode';
import { ruleDocUrl, type Fix, type LintIssue, type Range, type Severity, type Suggestion, type TextEdit } from '../core/index';

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

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toVsRange(e.range), e.newText);
  return edit;
}

/** A quick fix for `diagnostic`: the fix's edits on the document at `uri`. */
export function toCodeAction(uri: vscode.Uri, fix: Fix, diagnostic: vscode.Diagnostic, isPreferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(uri, fix.edits);
  action.diagnostics = [diagnostic];
  action.isPreferred = isPreferred;
  return action;
}

const COMPLETION_KIND: Record<Suggestion['kind'], vscode.CompletionItemKind> = {
  field: vscode.CompletionItemKind.Field,
  value: vscode.CompletionItemKind.Value,
  file: vscode.CompletionItemKind.File,
};

/** A front-matter completion replacing `range` (the prefix typed so far). */
export function toCompletionItem(suggestion: Suggestion, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(suggestion.label, COMPLETION_KIND[suggestion.kind]);
  item.detail = suggestion.detail;
  item.documentation = suggestion.documentation ? new vscode.MarkdownString(suggestion.documentation) : undefined;
  item.insertText = suggestion.insertText ?? suggestion.label;
  item.sortText = suggestion.sortText;
  item.range = range;
  return item;
}

export function toHover(markdown: string): vscode.Hover {
  return new vscode.Hover(new vscode.MarkdownString(markdown));
}

/** Selects a whole line (a template's first section line), cursor at its start. */
export function lineSelection(document: vscode.TextDocument, line: number): vscode.Selection {
  return new vscode.Selection(new vscode.Position(line, 0), document.lineAt(line).range.end);
}

/** The rule id of a Handoff diagnostic, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
