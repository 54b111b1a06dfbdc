// Resolves the handoff a command acts on: a tree row, a URI (explorer, tests) or the active editor.
import * as vscode from 'vscode';
import { parseHandoff, type HandoffDocument, type TextEdit } from '../../core/index';
import { toVsRange } from '../convert';
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
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toVsRange(e.range), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return document.save();
}
