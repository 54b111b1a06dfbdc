// The core's FileSystem port over node:fs/promises. Paths stay '/'-separated (Node accepts them on
// Windows too); errors keep Node's `code` (ENOENT, EACCES, ...), which the core understands.
import { promises as fsp, type Dirent, type Stats } from 'node:fs';
import type { DirectoryEntry, FileKind, FileStat, FileSystem } from '../core/index';

export class NodeFileSystem implements FileSystem {
  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(path);
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const entries = await fsp.readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  }

  async stat(path: string): Promise<FileStat> {
    const stats = await fsp.stat(path);
    return { kind: kindOf(stats), size: stats.size, mtime: stats.mtimeMs };
  }

  async realpath(path: string): Promise<string> {
    return toPortablePath(await fsp.realpath(path));
  }
}

function kindOf(entry: Dirent | Stats): FileKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

/** A native path in the core's form: '/'-separated. */
export function toPortablePath(path: string): string {
  return path.replace(/\\/g, '/');
}
