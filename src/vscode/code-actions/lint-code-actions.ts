// Quick fixes for Handoff diagnostics. Fixes come from the core as text edits; this provider
// looks them up again from the (cached) lint result and the cross-document issues instead of
// hanging data on diagnostics.
import * as vscode from 'vscode';
import type { LintIssue } from '../../core/index';
import { ruleIdOf, toCodeAction, toVsRange } from '../convert';
import type { DiagnosticManager } from '../diagnostics/diagnostic-manager';
import type { LintService } from '../diagnostics/lint-service';

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly lint: LintService,
    private readonly diagnostics: Pick<DiagnosticManager, 'crossDocumentIssues'>,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    if (ours.length === 0) return [];
    const own = (await this.lint.lintOpenDocument(document)).issues;
    // Cross-document issues (broken-link's closest handoff) are computed from the file on disk:
    // their ranges hold for the buffer only while it has no unsaved changes.
    const issues = document.isDirty ? own : [...own, ...this.diagnostics.crossDocumentIssues(document.uri)];
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of ours) {
      const issue = issues.find((i) => matches(i, diagnostic));
      for (const [n, fix] of (issue?.fixes ?? []).entries()) {
        // "Add all missing sections" is offered on every missing section: list it once.
        const key = JSON.stringify(fix);
        if (seen.has(key)) continue;
        seen.add(key);
        actions.push(toCodeAction(document.uri, fix, diagnostic, n === 0 && !fix.suggestion));
      }
    }
    return actions;
  }
}

function matches(issue: LintIssue, diagnostic: vscode.Diagnostic): boolean {
  return issue.ruleId === ruleIdOf(diagnostic) && toVsRange(issue.range).isEqual(diagnostic.range) && issue.message === diagnostic.message;
}
