// `handoff.revealInExplorer`: shows a handoff's file in the Explorer.
import * as vscode from 'vscode';
import type { TreeNode } from '../tree/handoff-tree';
import type { Command } from './command';

export class RevealInExplorerCommand implements Command {
  readonly id = 'handoff.revealInExplorer';

  async execute(node?: unknown): Promise<void> {
    const n = node as TreeNode | undefined;
    const uri = n?.kind === 'handoff' ? vscode.Uri.parse(n.entry.path) : vscode.window.activeTextEditor?.document.uri;
    if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
  }
}
