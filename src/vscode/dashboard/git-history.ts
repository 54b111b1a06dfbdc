// Git history for the dashboard: the core reads it per local workspace folder (two batched
// `git log`s over all its handoffs, through the host's GitRunner); cached until the set of
// handoffs grows, a few minutes pass, or the user refreshes. Virtual folders (non-file schemes) and
// untrusted workspaces (Restricted Mode: a cloned repository's .git/config can name programs git
// runs) run no git; a folder outside a repository or a missing git give no history, silently.
import * as vscode from 'vscode';
import { mergeHistories, NO_GIT, readGitHistory, relative, type GitRunner, type HandoffHistory } from '../../core/index';

const TTL_MS = 5 * 60_000;

interface Cached {
  readonly at: number;
  readonly files: ReadonlySet<string>;
  readonly history: Promise<HandoffHistory>;
}

export class GitHistoryCache {
  private readonly byFolder = new Map<string, Cached>();

  constructor(
    private readonly git: GitRunner,
    private readonly now: () => number = Date.now,
  ) {}

  /** The history of the handoffs with these keys (URI strings, as the workspace index keys them). */
  async historyOf(keys: readonly string[]): Promise<HandoffHistory> {
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
    // git's paths are relative to the folder and '/'-separated, as URI paths are.
    const files = new Map(keys.map((k) => [relative(folder.uri.path, vscode.Uri.parse(k).path), k]));
    const git = vscode.workspace.isTrusted ? this.git : NO_GIT;
    const history = readGitHistory(git, [{ cwd: folder.uri.fsPath, files }]);
    // An untrusted answer is not kept: the history is read once trust is granted.
    if (git !== NO_GIT) this.byFolder.set(id, { at: this.now(), files: new Set(keys), history });
    return history;
  }
}
