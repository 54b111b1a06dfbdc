// Keeps the core HandoffIndex current for the whole workspace: a first scan (reusing a persisted
// cache for files whose mtime and size are unchanged), then one file at a time from the watcher.
// Keys are URI strings.
import * as vscode from 'vscode';
import { HandoffIndex, localToday, type IndexedHandoff } from '../core/index';
import type { ConfigStore } from './config-store';
import { readSettings } from './settings';
import type { WorkspaceFiles } from './workspace-files';

// v2: summaries carry `created` and `accepted_at`; entries cached by v1 lack them.
const CACHE_KEY = 'handoff.index.v2';

export class WorkspaceIndex implements vscode.Disposable {
  readonly index = new HandoffIndex();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: vscode.CancellationTokenSource | undefined;
  private scanning: Promise<void> = Promise.resolve();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly configs: ConfigStore,
    private readonly storage: vscode.Memento,
  ) {
    this.disposables.push(
      files.onDidChange((uri) => void this.indexFile(uri)),
      files.onDidDelete((uri) => this.index.delete(uri.toString())),
      vscode.workspace.onDidSaveTextDocument((d) => void this.indexFile(d.uri)),
    );
  }

  /** Resolves when the current (or last) full scan is done. */
  get ready(): Promise<void> {
    return this.scanning;
  }

  /** Scans the workspace again; entries whose file version is unchanged are reused, not re-read. */
  rescan(options: { reuse: boolean }): Promise<void> {
    this.scan?.cancel();
    const run = (this.scan = new vscode.CancellationTokenSource());
    this.scanning = this.runScan(run.token, options.reuse);
    return this.scanning;
  }

  private async runScan(token: vscode.CancellationToken, reuse: boolean): Promise<void> {
    const cached = reuse ? new Map(this.storage.get<IndexedHandoff[]>(CACHE_KEY, []).map((e) => [e.path, e])) : new Map<string, IndexedHandoff>();
    const found = await this.files.findMarkdown(token);
    if (token.isCancellationRequested) return;
    const seen = new Set(found.map((f) => f.uri.toString()));
    for (const entry of this.index.all()) if (!seen.has(entry.path)) this.index.delete(entry.path);
    for (const file of found) {
      if (token.isCancellationRequested) return;
      const key = file.uri.toString();
      const hit = cached.get(key);
      if (hit?.version === file.version && reuse) this.index.set(hit);
      else if (!this.index.isCurrent(key, file.version) || !reuse) await this.indexFile(file.uri);
    }
    await this.storage.update(CACHE_KEY, this.index.all());
  }

  async indexFile(uri: vscode.Uri): Promise<void> {
    if (!this.files.isIncluded(uri)) return;
    const read = await this.files.read(uri);
    if (!read) {
      this.index.delete(uri.toString());
      return;
    }
    this.index.update(uri.toString(), read.text, read.version, {
      config: this.configs.configFor(uri),
      severities: readSettings(uri).ruleSeverities,
      today: localToday(),
    });
  }

  dispose(): void {
    this.scan?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
