// Finds Markdown files under folders, through the FileSystem port (scan-handoffs.ts reads the handoffs among them).
//
// - .gitignore files apply at every level (and those of enclosing folders up to the repository
//   root); `node_modules` and `.git` are never entered; `exclude` adds globs (util/glob.ts).
// - Symbolic links are followed after the regular walk, and a linked folder is entered only when
//   its real path is inside the root's real path and has not been scanned yet: the walk never
//   leaves the root (a link to `/` is not followed), and loops and duplicates are impossible.
//   A linked Markdown file is read wherever it lives.
// - Only folders and regular files are opened: FIFOs, sockets and devices never are (reading a
//   FIFO would block until something writes to it).
// - Nothing fails the scan: unreadable folders, files deleted mid-scan, files over the size cap,
//   binary files are reported through `onSkip` (one message each) and the scan goes on.
import type { FileSystem } from '../ports';
import { Walker } from './folder-walker';
import type { FoundFile, ScanOptions, ScanRoot } from './scan-options';

export {
  ALWAYS_EXCLUDED,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_FILE_SIZE,
  MARKDOWN_EXTENSIONS,
  tooLargeMessage,
  type FoundFile,
  type ScanOptions,
  type ScanRoot,
  type ScanSkip,
  type SkipReason,
} from './scan-options';

/** Every Markdown file under `roots`, sorted by path. Never rejects for file-system errors. */
export async function findMarkdownFiles(fs: FileSystem, roots: readonly (string | ScanRoot)[], options: ScanOptions = {}): Promise<FoundFile[]> {
  return walk(fs, roots, options, true);
}

/**
 * findMarkdownFiles for a reader that learns each file's size and mtime as it reads it
 * (SyncFileSystem.readFileWithStat): regular files are listed without a `stat`, their size and
 * mtime NaN, and the size cap is left to the reader.
 */
export async function listMarkdownFilesUnstated(fs: FileSystem, roots: readonly (string | ScanRoot)[], options: ScanOptions = {}): Promise<FoundFile[]> {
  return walk(fs, roots, options, false);
}

async function walk(fs: FileSystem, roots: readonly (string | ScanRoot)[], options: ScanOptions, statFiles: boolean): Promise<FoundFile[]> {
  const walker = new Walker(fs, options, statFiles);
  for (const root of roots) await walker.root(typeof root === 'string' ? { path: root } : root);
  await walker.followLinks();
  return walker.found();
}
