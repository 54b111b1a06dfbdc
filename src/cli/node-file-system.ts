// The core's FileSystem port over node:fs. Paths stay '/'-separated (Node accepts them on
// Windows too); errors keep Node's `code` (ENOENT, EACCES, ...), which the core understands.
// The calls are synchronous behind the async port: a command-line run has nothing else to do
// meanwhile, and a sync read of a small file costs a fraction of an async one (no thread-pool
// round trip per open, stat, read and close), which is most of a whole-repo scan.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { DirectoryEntry, FileKind, FileStat, FileSystem, SizedRead } from '../core/index';

export class NodeFileSystem implements FileSystem {
  readonly sync = {
    readFile: (path: string): Uint8Array => readRegularFile(path, Infinity).bytes!,
    readFileWithStat: readRegularFile,
    stat: (path: string): FileStat => {
      const stats = statSync(path);
      return { kind: kindOf(stats), size: stats.size, mtime: stats.mtimeMs };
    },
  };

  async readFile(path: string): Promise<Uint8Array> {
    return this.sync.readFile(path);
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  }

  async stat(path: string): Promise<FileStat> {
    return this.sync.stat(path);
  }

  async realpath(path: string): Promise<string> {
    return toPortablePath(realpathSync.native(path));
  }
}

/**
 * The bytes of a regular file (none over `maxSize`), with the size and mtime of the descriptor.
 * Anything else (a FIFO, a device, a folder) is refused with an error instead of read: it is opened
 * non-blocking and checked first, because reading a FIFO waits for a writer forever. The same
 * system calls as readFileSync(path): open, fstat, read, close.
 */
function readRegularFile(path: string, maxSize: number): SizedRead {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error(stats.isDirectory() ? 'is a folder' : 'not a regular file'), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' });
    if (stats.size > maxSize) return { size: stats.size, mtime: stats.mtimeMs, bytes: undefined };
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    return { size: stats.size, mtime: stats.mtimeMs, bytes: length === bytes.length ? bytes : bytes.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function kindOf(entry: Dirent | Stats): FileKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

/** A native path in the core's form: '/'-separated. On POSIX a `\\` is part of a file name and stays. */
export function toPortablePath(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/**
 * Replaces `path` with `data` atomically: written to a temporary file beside it, then renamed
 * over it, so a crash or a full disk never leaves a half-written handoff. An existing file keeps
 * its permissions, and a symbolic link stays a link (its target is replaced).
 */
export async function writeFileAtomic(link: string, data: Uint8Array): Promise<void> {
  const path = await realpath(link).catch(() => link);
  const temp = `${path}.${randomBytes(6).toString('hex')}.handoff-tmp`;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    const mode = await stat(path).then((s) => s.mode, () => undefined);
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
