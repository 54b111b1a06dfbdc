// Entry point of the Node extension host (package.json `main`): git answers "me" and the
// dashboard's history.
import type * as vscode from 'vscode';
import { activateHandoff } from '../extension';
import type { HandoffTreeProvider } from '../tree/handoff-tree';
import { GitHistoryCache } from './git-history';
import { gitUserEmail } from './git-user';

export function activate(context: vscode.ExtensionContext): HandoffTreeProvider {
  return activateHandoff(context, { whoAmI: gitUserEmail, history: new GitHistoryCache() });
}

export function deactivate(): void {}
