// Entry point of the Node extension host (package.json `main`): git answers "me" and the
// dashboard's history.
import type * as vscode from 'vscode';
import { nodeGit } from '../../node/git-runner';
import { activateHandoff } from '../extension';
import type { HandoffTreeProvider } from '../tree/handoff-tree';
import { gitUserEmail } from './git-user';

export function activate(context: vscode.ExtensionContext): HandoffTreeProvider {
  return activateHandoff(context, { whoAmI: gitUserEmail, git: nodeGit() });
}

export function deactivate(): void {}
