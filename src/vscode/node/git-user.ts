// "me" on the desktop: `git config user.email` in the first local workspace folder, once trusted.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

export function gitUserEmail(): Promise<string | undefined> {
  const cwd = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  // Virtual workspaces have no local git to ask. Restricted Mode runs no git: a cloned
  // repository's .git/config can name programs git runs.
  if (!cwd || !vscode.workspace.isTrusted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.email'], { cwd, timeout: 3000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}
