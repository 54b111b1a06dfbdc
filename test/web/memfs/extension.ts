// Test only: a `memfs:` file system in the web worker, seeded with the runner's copy of examples/,
// so the web tests open a virtual workspace (what github.dev's `vscode-vfs:` is) with no search
// provider behind it. Everything lives in memory; change events feed VS Code's file watchers.
import * as vscode from 'vscode';

/** Workspace-relative path → text, injected by test/web/run-web.js. */
declare const MEMFS_SEED: Record<string, string>;

type Entry = { type: vscode.FileType.File; data: Uint8Array; ctime: number; mtime: number } | { type: vscode.FileType.Directory; ctime: number; mtime: number };

export const ROOT = '/ws';

class MemFs implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(seed: Record<string, string>) {
    this.mkdirs(ROOT);
    for (const [rel, text] of Object.entries(seed)) {
      const path = `${ROOT}/${rel}`;
      this.mkdirs(parent(path));
      const now = Date.now();
      this.entries.set(path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), ctime: now, mtime: now });
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => {});
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const e = this.get(uri.path);
    return { type: e.type, ctime: e.ctime, mtime: e.mtime, size: e.type === vscode.FileType.File ? e.data.byteLength : 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (this.get(uri.path).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.entries].filter(([p]) => p.startsWith(prefix) && p !== prefix && !p.slice(prefix.length).includes('/')).map(([p, e]) => [p.slice(prefix.length), e.type]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const e = this.get(uri.path);
    if (e.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return e.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const existing = this.entries.get(uri.path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (existing?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    this.mkdirs(parent(uri.path));
    const now = Date.now();
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content, ctime: existing?.ctime ?? now, mtime: now });
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.mkdirs(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.get(uri.path);
    for (const p of [...this.entries.keys()]) if (p === uri.path || p.startsWith(`${uri.path}/`)) this.entries.delete(p);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { overwrite: boolean }): void {
    if (this.entries.has(newUri.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(newUri);
    this.mkdirs(parent(newUri.path));
    for (const [p, e] of [...this.entries]) {
      if (p !== oldUri.path && !p.startsWith(`${oldUri.path}/`)) continue;
      this.entries.delete(p);
      this.entries.set(newUri.path + p.slice(oldUri.path.length), e);
    }
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: oldUri }, { type: vscode.FileChangeType.Created, uri: newUri }]);
  }

  private get(path: string): Entry {
    const e = this.entries.get(path);
    if (!e) throw vscode.FileSystemError.FileNotFound(path);
    return e;
  }

  private mkdirs(path: string): void {
    for (let p = path; p && p !== '/' && !this.entries.has(p); p = parent(p)) {
      const now = Date.now();
      this.entries.set(p, { type: vscode.FileType.Directory, ctime: now, mtime: now });
    }
    if (!this.entries.has('/')) this.entries.set('/', { type: vscode.FileType.Directory, ctime: 0, mtime: 0 });
  }
}

function parent(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('memfs', new MemFs(MEMFS_SEED), { isCaseSensitive: true }));
}
