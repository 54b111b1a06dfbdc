// Git history for the dashboard: per local workspace folder, one batched `git log` for first-seen
// dates and one for status changes, over all its handoffs at once; cached until the set of handoffs
// grows, a few minutes pass, or the user refreshes. Virtual folders (non-file schemes), folders
// outside a git repository, a missing git and untrusted workspaces (Restricted Mode: a cloned
// repository's .git/config can name programs git runs) are skipped without a word.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EMPTY_HISTORY,
  MARKDOWN_EXTENSIONS,
  firstSeenArgs,
  keyHistory,
  mergeHistories,
  parseFirstSeen,
  parseStatusChanges,
  statusChangesArgs,
  type HandoffHistory,
} from '../../core/index';
import type { HistorySource } from '../host';

const TTL_MS = 5 * 60_000;

interface Cached {
  readonly at: number;
  readonly files: ReadonlySet<string>;
  readonly history: Promise<HandoffHistory>;
}

export class GitHistoryCache implements HistorySource {
  private readonly byFolder = new Map<string, Cached>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The history of the handoffs with these keys (URI strings, as the workspace index keys them). */
  async historyOf(keys: readonly string[]): Promise<HandoffHistory> {
    if (!vscode.workspace.isTrusted) return EMPTY_HISTORY;
    const byFolder = new Map<string, { folder: vscode.WorkspaceFolder; keys: string[] }>();
    for (const key of keys) {
      const uri = vscode.Uri.parse(key);
      const folder = uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
      if (folder?.uri.scheme !== 'file') continue;
      const group = byFolder.get(folder.uri.toString()) ?? { folder, keys: [] };
      group.keys.push(key);
      byFolder.set(folder.uri.toString(), group);
    }
    return mergeHistories(await Promise.all([...byFolder.values()].map((g) => this.folderHistory(g.folder, g.keys))));
  }

  /** Forgets everything: the next request runs git again. */
  clear(): void {
    this.byFolder.clear();
  }

  private folderHistory(folder: vscode.WorkspaceFolder, keys: readonly string[]): Promise<HandoffHistory> {
    const id = folder.uri.toString();
    const cached = this.byFolder.get(id);
    if (cached && this.now() - cached.at < TTL_MS && keys.every((k) => cached.files.has(k))) return cached.history;
    const history = readFolder(folder.uri.fsPath, keys);
    this.byFolder.set(id, { at: this.now(), files: new Set(keys), history });
    return history;
  }
}

async function readFolder(root: string, keys: readonly string[]): Promise<HandoffHistory> {
  // git's paths (relative to the folder, '/'-separated) → the index's keys.
  const keyOf = new Map(keys.map((k) => [path.relative(root, vscode.Uri.parse(k).fsPath).split(path.sep).join('/'), k]));
  const rel = [...keyOf.keys()];
  const [added, changes] = await Promise.all([git(root, firstSeenArgs(rel, MARKDOWN_EXTENSIONS)), git(root, statusChangesArgs(rel, MARKDOWN_EXTENSIONS))]);
  if (added === undefined && changes === undefined) return EMPTY_HISTORY;
  return keyHistory(parseFirstSeen(added ?? ''), parseStatusChanges(changes ?? ''), (p) => keyOf.get(p));
}

function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000, windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}
