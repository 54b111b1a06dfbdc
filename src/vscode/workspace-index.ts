// Keeps the core HandoffIndex current for the whole workspace: a first scan (reusing the cache file,
// index-cache-file.ts, for files whose mtime and size are unchanged), then one file at a time from the watcher.
// Keys are URI strings.
import * as vscode from 'vscode';
import { HandoffIndex, isExcludedByConfig, type IndexedHandoff, type IndexInput } from '../core/index';
import type { ConfigStore } from './config-store';
import type { IndexCacheStore } from './index-cache-file';
import { readSettings } from './settings';
import { Today } from './today';
import type { FoundMarkdown, WorkspaceFiles } from './workspace-files';

const READS_IN_FLIGHT = 16;
/**
 * A scan indexes files in batches of this many: one change event each, so one Diagnostics message
 * and at most one tree refresh per batch instead of one per file. A batch is parsed and linted in
 * one go (tens of milliseconds), then the event loop gets a turn: larger batches made the host
 * report itself unresponsive on a loaded machine.
 */
const BATCH_SIZE = 16;

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
      files.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.indexFile(d.uri)),
    );
  }

  /** Drops a deleted file, or everything under a deleted folder. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.index.retain((path) => path !== key && !path.startsWith(`${key}/`));
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
    const toRead: FoundMarkdown[] = [];
    const hits: IndexedHandoff[] = [];
    for (const file of found) {
      const key = file.uri.toString();
      const hit = cached.get(key);
      if (hit?.version === file.version) hits.push(hit);
      else if (cachedOthers.get(key) === file.version) this.index.setNotHandoff(key, file.version);
      else if (!reuse || relint(key) || !this.index.isCurrent(key, file.version)) toRead.push(file);
    }
    this.index.setAll(hits);
    await this.readAll(toRead, token);
    if (token.isCancellationRequested) return;
    await this.cache.save({ validFor, entries: this.index.all(), others: this.index.notHandoffs() });
  }

  /**
   * Reads the files the walk found (their version is the walk's: no stat) and indexes them in
   * batches. `READS_IN_FLIGHT` readers take the next file in turn: reads overlap, since each is a
   * round trip to the file service, while parsing and linting stay on this thread, a batch at a time.
   */
  private async readAll(files: readonly FoundMarkdown[], token: vscode.CancellationToken): Promise<void> {
    let batch: IndexInput[] = [];
    const flush = () => {
      const inputs = batch;
      batch = [];
      this.index.updateAll(inputs);
    };
    let next = 0;
    const reader = async () => {
      while (next < files.length && !token.isCancellationRequested) {
        const file = files[next++]!;
        const input = await this.input(file.uri, file.version);
        if (!input) this.index.delete(file.uri.toString());
        else if (batch.push(input) >= BATCH_SIZE) {
          flush();
          await new Promise((resolve) => setTimeout(resolve, 0)); // the editor's own messages come first
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, files.length) }, reader));
    if (!token.isCancellationRequested) flush();
  }

  async indexFile(uri: vscode.Uri): Promise<void> {
    if (!this.files.isIncluded(uri)) return;
    const input = await this.input(uri);
    if (input) this.index.update(input.path, input.text, input.version, input.options);
    else this.index.delete(uri.toString());
  }

  /** What indexing a file needs: its text and lint options; undefined when excluded or unreadable. */
  private async input(uri: vscode.Uri, version?: string): Promise<IndexInput | undefined> {
    const found = await this.configs.resolve(uri); // first: an entry linted under the defaults would look current later
    if (isExcludedByConfig(found, uri.path)) return undefined;
    const read = await this.files.read(uri, version);
    if (!read) return undefined;
    const options = { config: found.config, severities: readSettings(uri).ruleSeverities, today: this.today.in(found.config.timeZone), documentPath: uri.path };
    return { path: uri.toString(), text: read.text, version: read.version, options };
  }

  dispose(): void {
    this.scan?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
