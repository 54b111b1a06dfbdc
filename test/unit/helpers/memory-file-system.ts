// An in-memory FileSystem for tests: folders, files, symbolic links, and injectable failures
// (EACCES on a folder, a file deleted between listing and reading, ...).
import type { DirectoryEntry, FileStat, FileSystem, SyncFileSystem } from '../../../src/core/index';
import { basename, dirname, join, normalize } from '../../../src/core/util/paths';

type Node =
  | { readonly kind: 'directory' }
  | { readonly kind: 'file'; data: Uint8Array; mtime: number }
  | { readonly kind: 'symlink'; readonly target: string };

export type Operation = 'readFile' | 'readDirectory' | 'stat' | 'realpath';

export function fsError(code: string, operation: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${operation} '${path}'`), { code });
}

export class MemoryFileSystem implements FileSystem {
  private readonly nodes = new Map<string, Node>([['/', { kind: 'directory' }]]);
  /** `${operation} ${path}` → error code thrown by that operation. */
  private readonly failures = new Map<string, string>();
  /** Runs before each operation (after failure injection is checked): lets a test change the tree mid-scan. */
  beforeOperation: ((operation: Operation, path: string) => void) | undefined;
  readonly calls: string[] = [];
  /** Set by synchronous(): the scanner then takes its promise-free path, as with the CLI's node:fs. */
  sync: SyncFileSystem | undefined;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.writeFile(path, content);
  }

  writeFile(path: string, content: string | Uint8Array, mtime = 1_700_000_000_000): this {
    const p = normalize(path);
    this.mkdir(dirname(p));
    this.nodes.set(p, { kind: 'file', data: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime });
    return this;
  }

  mkdir(path: string): this {
    const p = normalize(path);
    if (p !== '/' && !this.nodes.has(p)) this.mkdir(dirname(p));
    if (!this.nodes.has(p)) this.nodes.set(p, { kind: 'directory' });
    return this;
  }

  symlink(path: string, target: string): this {
    const p = normalize(path);
    this.mkdir(dirname(p));
    this.nodes.set(p, { kind: 'symlink', target });
    return this;
  }

  /** Removes a file or a whole folder. */
  remove(path: string): this {
    const p = normalize(path);
    for (const key of [...this.nodes.keys()]) if (key === p || key.startsWith(`${p}/`)) this.nodes.delete(key);
    return this;
  }

  /** Offers the synchronous reads too (FileSystem.sync). */
  synchronous(): this {
    this.sync = {
      readFile: (path) => this.readFileNow(path),
      stat: (path) => this.statNow(path),
      // As the CLI's node:fs: size and mtime of what is read, nothing read over the limit.
      readFileWithStat: (path, maxSize) => {
        const bytes = this.readFileNow(path);
        const { mtime } = this.statOf(path);
        return { size: bytes.length, mtime, bytes: bytes.length > maxSize ? undefined : bytes };
      },
    };
    return this;
  }

  /** Makes `operation` on `path` reject with `code` (e.g. EACCES). */
  fail(operation: Operation, path: string, code: string): this {
    this.failures.set(`${operation} ${normalize(path)}`, code);
    return this;
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.readFileNow(path);
  }

  private readFileNow(path: string): Uint8Array {
    const node = this.resolve(this.enter('readFile', path));
    if (!node) throw fsError('ENOENT', 'readFile', path);
    if (node.kind !== 'file') throw fsError('EISDIR', 'readFile', path);
    return node.data;
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const p = this.enter('readDirectory', path);
    const node = this.resolve(p);
    if (!node) throw fsError('ENOENT', 'readDirectory', path);
    if (node.kind !== 'directory') throw fsError('ENOTDIR', 'readDirectory', path);
    const real = this.realpathSync(p);
    const entries: DirectoryEntry[] = [];
    for (const [key, child] of this.nodes) {
      if (key !== '/' && dirname(key) === real) entries.push({ name: basename(key), kind: child.kind });
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async stat(path: string): Promise<FileStat> {
    return this.statNow(path);
  }

  /** The mtime of a file already read (no operation recorded). */
  private statOf(path: string): { mtime: number } {
    const node = this.resolve(normalize(path));
    return { mtime: node?.kind === 'file' ? node.mtime : 0 };
  }

  private statNow(path: string): FileStat {
    const node = this.resolve(this.enter('stat', path));
    if (!node) throw fsError('ENOENT', 'stat', path);
    if (node.kind === 'file') return { kind: 'file', size: node.data.length, mtime: node.mtime };
    return { kind: 'directory', size: 0, mtime: 0 };
  }

  async realpath(path: string): Promise<string> {
    const p = this.enter('realpath', path);
    if (!this.resolve(p)) throw fsError('ENOENT', 'realpath', path);
    return this.realpathSync(p);
  }

  private enter(operation: Operation, path: string): string {
    const p = normalize(path);
    this.calls.push(`${operation} ${p}`);
    const code = this.failures.get(`${operation} ${p}`);
    if (code) throw fsError(code, operation, p);
    this.beforeOperation?.(operation, p);
    return p;
  }

  /** The path with every symbolic link resolved, segment by segment. */
  private realpathSync(path: string, depth = 0): string {
    if (depth > 40) throw fsError('ELOOP', 'realpath', path);
    let current = '/';
    for (const segment of normalize(path).split('/').filter(Boolean)) {
      const next = join(current, segment);
      const node = this.nodes.get(next);
      current = node?.kind === 'symlink' ? this.realpathSync(join(current, node.target), depth + 1) : next;
    }
    return current;
  }

  private resolve(path: string): Exclude<Node, { kind: 'symlink' }> | undefined {
    let real: string;
    try {
      real = this.realpathSync(path);
    } catch {
      return undefined;
    }
    const node = this.nodes.get(real);
    return node?.kind === 'symlink' ? undefined : node;
  }
}
