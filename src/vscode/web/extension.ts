// Entry point of the web worker extension host (package.json `browser`: vscode.dev, github.dev):
// no Node, no git. "me" is the GitHub account when one is signed in; the dashboard has no history.
import * as vscode from 'vscode';
import { NO_GIT } from '../../core/index';
import { activateHandoff } from '../extension';
import type { HandoffTreeProvider } from '../tree/handoff-tree';

/** Where no GitHub authentication provider exists, asking for a session waits for one to register. */
const AUTH_WAIT_MS = 3000;

export function activate(context: vscode.ExtensionContext): HandoffTreeProvider {
  return activateHandoff(context, { whoAmI: gitHubAccount, git: NO_GIT });
}

export function deactivate(): void {}

/** The signed-in GitHub account's name, without prompting (`silent`); undefined when there is none. */
async function gitHubAccount(): Promise<string | undefined> {
  const session = vscode.authentication.getSession('github', ['read:user'], { silent: true }).then(
    (s) => s?.account.label,
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, AUTH_WAIT_MS, undefined)));
  try {
    return await Promise.race([session, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
