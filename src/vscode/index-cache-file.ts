// The workspace index's cache, a JSON file in the extension's workspace storage folder
// (`context.storageUri`). Not `workspaceState`: VS Code loads all of that before activating any
// extension, so a few MB of cache there slow every window's start, even when the view stays closed.
// This file is read only when the first scan starts, after activation. A file that cannot be read,
// is not JSON, or was written by another cache version is ignored with a line in the log: the scan
// then reads every file, as on a first start.
import * as vscode from 'vscode';
import type { IndexedHandoff } from '../core/index';

/** Bump when the shape of an entry or summary changes: older files are then ignored. */
export const INDEX_CACHE_VERSION = 5; // 5: summaries carry returned_at and done_at, dates read in the team's time zone
export const INDEX_CACHE_FILE = 'index-cache.json';
/** Where the cache lived before: cleared once, so VS Code stops loading it at every start. */
const LEGACY_STATE_KEY = 'handoff.index.v3';

export interface IndexCache {
  /** Cached lint results hold dates (overdue) and depend on the config: reuse them only under both. */
  readonly validFor: string;
  readonly entries: readonly IndexedHandoff[];
  /** [uri, version] of Markdown files that are not handoffs: a warm start need not read them. */
  readonly others: readonly (readonly [string, string])[];
}

export interface IndexCacheStore {
  load(): Promise<IndexCache | undefined>;
  save(cache: IndexCache): Promise<void>;
}

/** No folder open (no `storageUri`): nothing to cache, since there is no workspace to scan. */
export const NO_INDEX_CACHE: IndexCacheStore = {
  load: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
};

export function indexCacheStore(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): IndexCacheStore {
  if (context.workspaceState.get(LEGACY_STATE_KEY) !== undefined) void context.workspaceState.update(LEGACY_STATE_KEY, undefined);
  return context.storageUri ? new IndexCacheFile(context.storageUri, log) : NO_INDEX_CACHE;
}

export class IndexCacheFile implements IndexCacheStore {
  readonly uri: vscode.Uri;

  constructor(
    private readonly folder: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.uri = vscode.Uri.joinPath(folder, INDEX_CACHE_FILE);
  }

  async load(): Promise<IndexCache | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch {
      return undefined; // no cache yet
    }
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
      if (isIndexCacheFile(data)) return data;
      this.log.info(`Index cache ${this.uri.fsPath} is from another version or malformed: ignored, every file is read again`);
    } catch (error) {
      this.log.info(`Index cache ${this.uri.fsPath} is not valid JSON (${String(error)}): ignored, every file is read again`);
    }
    return undefined;
  }

  /** Written to a temporary file and renamed over the cache, so a crash mid-write leaves the old one. */
  async save(cache: IndexCache): Promise<void> {
    const temporary = vscode.Uri.joinPath(this.folder, `${INDEX_CACHE_FILE}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(JSON.stringify({ version: INDEX_CACHE_VERSION, ...cache })));
      await vscode.workspace.fs.rename(temporary, this.uri, { overwrite: true });
    } catch (error) {
      this.log.warn(`Index cache ${this.uri.fsPath} could not be written (${String(error)}): the next start reads every file`);
    }
  }
}

/** Checks the envelope and each entry's keys: a hand-edited or truncated file must not reach the index. */
function isIndexCacheFile(data: unknown): data is IndexCache {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (d.version !== INDEX_CACHE_VERSION || typeof d.validFor !== 'string' || !Array.isArray(d.entries) || !Array.isArray(d.others)) return false;
  return d.entries.every(isEntry) && d.others.every((o) => Array.isArray(o) && o.length === 2 && typeof o[0] === 'string' && typeof o[1] === 'string');
}

function isEntry(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { path, version, summary, issues, excerpt } = e as Record<string, unknown>;
  return typeof path === 'string' && typeof version === 'string' && typeof excerpt === 'string' && typeof summary === 'object' && summary !== null && Array.isArray(issues);
}
