// Who "me" is in handoffs: the `handoff.me` setting, else `git config user.email` (trusted workspaces only).
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { readSettings } from './settings';

export class Me {
  private gitEmail: Promise<string | undefined> | undefined;

  async get(): Promise<string | undefined> {
    const setting = readSettings().me;
    if (setting !== undefined) return setting;
    // Restricted Mode runs no git: a cloned repository's .git/config can name programs git runs.
    if (!vscode.workspace.isTrusted) return undefined;
    return this.gitEmail ??= gitUserEmail();
  }
}

function gitUserEmail(): Promise<string | undefined> {
  const cwd = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  // Virtual workspaces have no local git to ask.
  if (!cwd) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.email'], { cwd, timeout: 3000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}
