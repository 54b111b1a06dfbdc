// Wiring for New Follow-up Handoff: the command, and the `handoff.activeIsHandoff` context key that
// shows it in the editor's title bar and context menu only on a handoff.
import * as vscode from 'vscode';
import { mayBeHandoff } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { WorkspaceIndex } from '../workspace-index';
import { registerCommands } from './command';
import { NewFollowUpCommand } from './new-follow-up';

const CONTEXT_KEY = 'handoff.activeIsHandoff';

export function registerFollowUp(configs: ConfigStore, me: Me, workspace: WorkspaceIndex): vscode.Disposable {
  let shown: boolean | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    // mayBeHandoff reads the front-matter only: cheap enough for every edit of the active document.
    const isHandoff = document?.languageId === 'markdown' && mayBeHandoff(document.getText());
    if (isHandoff === shown) return;
    shown = isHandoff;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, isHandoff);
  };
  update();
  return vscode.Disposable.from(
    registerCommands([new NewFollowUpCommand(configs, me, workspace)], () => configs.ready),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
  );
}
