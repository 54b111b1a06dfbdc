// What findMarkdownFiles (scan.ts) takes and gives: its options, the files it finds, what it skips.
import { formatSize } from './decode';
import type { PathMatcher } from '../util/glob';

/**
 * Files larger than this are skipped. Linting needs the whole file in memory, parsed into a syntax
 * tree several times its size; a handoff note is a few KB, so 2 MB (about 40,000 lines) is far
 * beyond any real one while keeping a stray log or data dump named `.md` from stalling a scan.
 */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 32;
export const ALWAYS_EXCLUDED: readonly string[] = ['node_modules', '.git'];
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

export type SkipReason = 'not-found' | 'unreadable' | 'vanished' | 'too-large' | 'binary' | 'symlink-loop' | 'outside-root' | 'failed';

export interface ScanSkip {
  readonly path: string;
  readonly reason: SkipReason;
  /** One line, without the path: `is 7 MB, over the 2 MB size limit; not read`. */
  readonly message: string;
}

/** A folder or file to scan; `include` keeps only files matching these globs (relative to `path`). */
export interface ScanRoot {
  readonly path: string;
  readonly include?: readonly string[];
}

export interface ScanOptions {
  /** Globs relative to each root (`drafts`, `**\/{dist,out}`): matching files and folders are left out. */
  readonly exclude?: readonly string[];
  /** Leaves out the files and folders (absolute paths) it is true for: the CLI's `!negations`. */
  readonly excluded?: PathMatcher;
  /** Honour .gitignore files (default true). */
  readonly respectGitignore?: boolean;
  /** Bytes; larger files are skipped (default DEFAULT_MAX_FILE_SIZE). */
  readonly maxFileSize?: number;
  /** Lower-case extensions with the dot (default `.md`, `.markdown`). Explicit file roots are taken whatever their extension. */
  readonly extensions?: readonly string[];
  /** File-system operations in flight at once (default 32). */
  readonly concurrency?: number;
  readonly onSkip?: (skip: ScanSkip) => void;
  /** When it becomes aborted the scan stops early and returns what it has (a partial result). */
  readonly signal?: { readonly aborted: boolean };
}

export interface FoundFile {
  readonly path: string;
  readonly size: number;
  readonly mtime: number;
}

/** The skip message for a file over the size cap. */
export function tooLargeMessage(size: number, max: number): string {
  return `is ${formatSize(size)}, over the ${formatSize(max)} size limit for Markdown files; not read`;
}
