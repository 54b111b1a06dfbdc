// What differs between VS Code's Node extension host and its web worker host (vscode.dev,
// github.dev): chosen at the two entry points, node/extension.ts and web/extension.ts. Everything
// else is the same code in both.
import type { GitRunner } from '../core/index';

export interface Host {
  /** Who "me" is when `handoff.me` is empty; undefined when nobody can be told. */
  whoAmI(): Promise<string | undefined>;
  /** Runs git for the dashboard's history: NO_GIT where there is none. */
  readonly git: GitRunner;
}
