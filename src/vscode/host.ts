// What differs between VS Code's Node extension host and its web worker host (vscode.dev,
// github.dev): chosen at the two entry points, node/extension.ts and web/extension.ts. Everything
// else is the same code in both.
import type { HandoffHistory } from '../core/index';

export interface HistorySource {
  /** The history of the handoffs with these keys (URI strings, as the workspace index keys them). */
  historyOf(keys: readonly string[]): Promise<HandoffHistory>;
  /** Forgets what it cached: the next request reads the history again. */
  clear(): void;
}

export interface Host {
  /** Who "me" is when `handoff.me` is empty; undefined when nobody can be told. */
  whoAmI(): Promise<string | undefined>;
  /** The dashboard's git history. */
  readonly history: HistorySource;
}
