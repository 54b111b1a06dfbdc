// Keeps the core HandoffIndex current for the whole workspace: a first scan (reusing the cache file,
// index-cache-file.ts, for files whose mtime and size are unchanged), then one file at a time from the watcher.
// Keys are URI strings.
import * as vscode from 'vscode';
import { createLimiter, HandoffIndex, isExcludedByConfig } from '../core/index';
import type { ConfigStore } from './config-store';
import type { IndexCacheStore } from './index-cache-file';
import { readSettings } from './settings';
import { Today } from './today';
import type { WorkspaceFiles } from './workspace-files';

const READS_IN_FLIGHT = 16;

export class WorkspaceIndex implements vscode.Disposable {
  readonly index = new HandoffIndex();
  /** The date files are linted as of: the clock's, unless pinned (RefreshCommand). */
  readonly today = new Today();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: vscode.CancellationTokenSource | undefined;
  private scanning: Promise<void> = Promise.resolve();
  private readonly scanStarted = new vscode.EventEmitter<Promise<void>>();
  /** Fires with each full scan as it starts (the view shows progress for a long one). */
  readonly onDidStartScan = this.scanStarted.event;

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly configs: ConfigStore,
    private readonly cache: IndexCacheStore,
  ) {
    this.disposables.push(
      this.scanStarted,
      files.onDidChange((uri) => void this.indexFile(uri)),
      files.onDidDelete((uri) => this.index.delete(uri.toString())),
      vscode.workspace.onDidSaveTextDocument((d) => void this.indexFile(d.uri)),
    );
  }

  /** Resolves when the current (or last) full scan is done. */
  get ready(): Promise<void> {
    return this.scanning;
  }

  /**
   * Scans the workspace again; entries whose file version is unchanged are reused, not re-read,
   * except those `relint` names (their config changed).
   */
  rescan(options: { reuse: boolean; relint?: (key: string) => boolean }): Promise<void> {
    this.scan?.cancel();
    const run = (this.scan = new vscode.CancellationTokenSource());
    this.scanning = this.runScan(run.token, options.reuse, options.relint ?? (() => false));
    this.scanStarted.fire(this.scanning);
    return this.scanning;
  }

  private async runScan(token: vscode.CancellationToken, reuse: boolean, relint: (key: string) => boolean): Promise<void> {
    const validFor = `${this.today.local()}|${this.configs.fingerprint()}|${JSON.stringify(readSettings().ruleSeverities)}`;
    const stored = reuse ? await this.cache.load() : undefined;
    const valid = stored?.validFor === validFor;
    const cached = new Map(valid ? stored.entries.map((e) => [e.path, e]) : []);
    const cachedOthers = new Map(valid ? stored.others : []);
    const found = await this.files.findMarkdown(token);
    if (token.isCancellationRequested) return;
    const seen = new Set(found.map((f) => f.uri.toString()));
    this.index.retain((path) => seen.has(path));
    // Reads overlap (a remote or virtual file system answers slowly); parsing stays one at a time.
    const limit = createLimiter(READS_IN_FLIGHT);
    await Promise.all(
      found.map((file) =>
        limit(async () => {
          if (token.isCancellationRequested) return;
          const key = file.uri.toString();
          const hit = cached.get(key);
          if (hit?.version === file.version) this.index.set(hit);
          else if (cachedOthers.get(key) === file.version) this.index.setNotHandoff(key, file.version);
          else if (!reuse || relint(key) || !this.index.isCurrent(key, file.version)) await this.indexFile(file.uri);
        }),
      ),
    );
    if (token.isCancellationRequested) return;
    await this.cache.save({ validFor, entries: this.index.all(), others: this.index.notHandoffs() });
  }

  async indexFile(uri: vscode.Uri): Promise<void> {
    if (!this.files.isIncluded(uri)) return;
    const found = await this.configs.resolve(uri); // first: an entry linted under the defaults would look current later
    const read = isExcludedByConfig(found, uri.path) ? undefined : await this.files.read(uri);
    if (!read) {
      this.index.delete(uri.toString());
      return;
    }
    this.index.update(uri.toString(), read.text, read.version, {
      config: found.config,
      severities: readSettings(uri).ruleSeverities,
      today: this.today.in(found.config.timeZone),
      documentPath: uri.path,
    });
  }

  dispose(): void {
    this.scan?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
