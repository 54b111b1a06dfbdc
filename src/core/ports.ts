// Ports: what the core needs from the outside world, as plain interfaces. The CLI implements them
// over node:fs, the extension over vscode.workspace.fs, tests in memory. The core never does I/O itself.
//
// Paths are absolute and '/'-separated: `/home/me/repo/notes/a.md`, or `C:/repo/notes/a.md` on
// Windows. Adapters convert at the edge; src/core/util/paths.ts works on this form only.

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirectoryEntry {
  readonly name: string;
  /**
   * `symlink` for a symbolic link (whatever it points to: `stat` tells); `other` for sockets,
   * FIFOs and devices, which the scanner never opens.
   */
  readonly kind: FileKind;
}

export interface FileStat {
  /** The kind of what the path resolves to (links followed): never `symlink`. */
  readonly kind: FileKind;
  readonly size: number;
  /** Modification time in milliseconds since the epoch. */
  readonly mtime: number;
}

/**
 * Read-only file access. Methods reject with an error whose `code` says why: Node's codes
 * (`ENOENT`, `EACCES`, `EPERM`, `ENOTDIR`, `ELOOP`) or VS Code's (`FileNotFound`, `NoPermissions`)
 * — see `fileErrorKind`.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  readDirectory(path: string): Promise<readonly DirectoryEntry[]>;
  /** Follows symbolic links. */
  stat(path: string): Promise<FileStat>;
  /**
   * The canonical path with every symbolic link resolved. Optional: without it the scanner does
   * not follow symlinked folders at all (the only way to be sure it never loops).
   */
  realpath?(path: string): Promise<string>;
  /**
   * Synchronous reads, for a file system whose calls finish before they return anyway (the CLI's
   * node:fs adapter). A whole-repo scan then makes no promise per file and skips its concurrency
   * limiter: their bookkeeping cost more than the stat and read calls themselves.
   */
  readonly sync?: SyncFileSystem;
}

export interface SyncFileSystem {
  readFile(path: string): Uint8Array;
  stat(path: string): FileStat;
  /**
   * A regular file's size and mtime from the descriptor it is read through, and its bytes unless it
   * is over `maxSize`. Optional: with it a cold scan needs no separate `stat` per file.
   */
  readFileWithStat?(path: string, maxSize: number): SizedRead;
}

export interface SizedRead {
  readonly size: number;
  readonly mtime: number;
  /** Undefined when the file is over the size asked for (it was not read). */
  readonly bytes: Uint8Array | undefined;
}

export type FileErrorKind = 'not-found' | 'permission' | 'not-a-directory' | 'loop' | 'other';

/** Classifies an error thrown by a FileSystem method. */
export function fileErrorKind(error: unknown): FileErrorKind {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'FileNotFound':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission';
    case 'ENOTDIR':
    case 'FileNotADirectory':
      return 'not-a-directory';
    case 'ELOOP':
      return 'loop';
    default:
      return 'other';
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** A short, one-line reason for a file error, for skip messages. */
export function describeFileError(error: unknown): string {
  switch (fileErrorKind(error)) {
    case 'not-found':
      return 'no longer exists (deleted during the scan?)';
    case 'permission':
      return 'permission denied';
    case 'not-a-directory':
      return 'not a folder';
    case 'loop':
      return 'too many levels of symbolic links';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message.split('\n')[0] || 'unreadable';
    }
  }
}

/**
 * Runs git. The core builds the command lines and parses the output (metrics/read-git-history.ts);
 * src/node/git-runner.ts runs them for the CLI and the desktop extension, NO_GIT stands in where
 * no git may run (the web worker, an untrusted workspace).
 */
export interface GitRunner {
  /** Runs `git ...args` in the folder `cwd`; resolves with its stdout, rejects when git fails or is missing. */
  run(args: readonly string[], cwd: string): Promise<string>;
}

export const NO_GIT: GitRunner = { run: () => Promise.reject(new Error('git is not available here')) };
