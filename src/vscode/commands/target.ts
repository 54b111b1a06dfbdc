// What the status commands share: the handoff a command acts on (a tree row, a URI from the
// explorer or tests, or the active editor), and applying or refusing its edits.
import * as vscode from 'vscode';
import { isValidDate, parseHandoff, todayIn, transitionBlockers, type FieldEdits, type HandoffConfig, type HandoffDocument, type TextEdit } from '../../core/index';
import { toWorkspaceEdit } from '../convert';
import type { TreeNode } from '../tree/handoff-tree';

export interface Target {
  readonly document: vscode.TextDocument;
  readonly doc: HandoffDocument;
}

export async function resolveTarget(arg: unknown): Promise<Target | undefined> {
  const uri = toUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Handoff: open a handoff or pick one in the Handoffs view first.'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const doc = parseHandoff(document.getText());
  if (!doc.isHandoff) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Handoff: {0} is not a handoff (its front-matter has no `handoff:` key).', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  return { document, doc };
}

function toUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as TreeNode | undefined;
  return node?.kind === 'handoff' ? vscode.Uri.parse(node.entry.path) : undefined;
}

/** Applies the edits as one undo step and saves, so the file on disk and the tree agree. */
export async function applyAndSave(document: vscode.TextDocument, edits: readonly TextEdit[]): Promise<boolean> {
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, edits)))) return false;
  return document.save();
}

/**
 * Refuses a move to accepted/done while the handoff is incomplete, offering to show the problems.
 * The message is not awaited: the command finishes now, the notification stays until dismissed.
 */
export function refuseIfIncomplete(target: Target, config: HandoffConfig, status: string): boolean {
  const blockers = transitionBlockers(target.doc, config, status);
  if (blockers.length === 0) return false;
  const show = vscode.l10n.t('Show problems');
  void vscode.window.showErrorMessage(vscode.l10n.t('Handoff: cannot move "{0}" to {1}: {2}.', target.doc.title ?? vscode.l10n.t('this handoff'), status, blockers.join('; ')), show).then(async (answer) => {
    if (answer !== show) return;
    await vscode.window.showTextDocument(target.document);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return true;
}

/** Applies the edits and saves, or says why the front-matter was left alone. */
export async function applyOrExplain(target: Target, result: FieldEdits, action: string): Promise<boolean> {
  if (result.refused === undefined) return applyAndSave(target.document, result.edits);
  void vscode.window.showErrorMessage(`Handoff: cannot ${action} "${target.doc.title ?? 'this handoff'}": ${result.refused}.`);
  return false;
}

/** `options.today` (YYYY-MM-DD) when a caller passes one (tests), else today in the team's time zone: the date a status change stamps. */
export function stampDate(options: unknown, config: HandoffConfig): string {
  const given = typeof options === 'object' && options !== null ? (options as { today?: unknown }).today : undefined;
  return typeof given === 'string' && isValidDate(given) ? given : todayIn(config.timeZone);
}
