// "me" on the desktop: `git config user.email` in the first local workspace folder, once trusted.
import * as vscode from 'vscode';
import { nodeGit } from '../../node/git-runner';

/** A hung git must not keep a command waiting for "me" long. */
const git = nodeGit(3000);

export function gitUserEmail(): Promise<string | undefined> {
  const cwd = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  // Virtual workspaces have no local git to ask. Restricted Mode runs no git: a cloned
  // repository's .git/config can name programs git runs.
  if (!cwd || !vscode.workspace.isTrusted) return Promise.resolve(undefined);
  return git.run(['config', 'user.email'], cwd).then(
    (stdout) => stdout.trim() || undefined,
    () => undefined,
  );
}
