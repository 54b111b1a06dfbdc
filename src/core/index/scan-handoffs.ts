// Reads the handoffs among the Markdown files a scan finds: each file is read (a limited number at
// once), decoded and given to readHeader; files without a `handoff:` key are dropped before any
// Markdown parse.
import type { HeaderInfo } from '../model/handoff';
import { readHeader } from '../parse/parse-handoff';
import { describeFileError, fileErrorKind, type FileSystem } from '../ports';
import { decodeMarkdown } from './decode';
import { createLimiter } from './limit';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_FILE_SIZE, findMarkdownFiles, tooLargeMessage, type ScanOptions, type ScanRoot, type ScanSkip, type SkipReason } from './scan';

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly invalidUtf8: boolean; readonly size: number }
  | { readonly ok: false; readonly reason: SkipReason; readonly message: string };

/** Reads and decodes one Markdown file (for watchers and single-file reads). Never rejects. */
export async function readMarkdownFile(fs: FileSystem, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (fileErrorKind(error) === 'not-found') return { ok: false, reason: 'vanished', message: 'file no longer exists (deleted during the scan?)' };
    return { ok: false, reason: 'unreadable', message: `cannot be read: ${describeFileError(error)}` };
  }
  // It may have grown since it was listed.
  if (bytes.length > maxFileSize) return { ok: false, reason: 'too-large', message: tooLargeMessage(bytes.length, maxFileSize) };
  const decoded = decodeMarkdown(bytes);
  if (decoded.binary) return { ok: false, reason: 'binary', message: 'looks like a binary file (it contains NUL bytes); not read' };
  return { ok: true, text: decoded.text, invalidUtf8: decoded.invalidUtf8, size: bytes.length };
}

export interface ScannedHandoff {
  readonly path: string;
  readonly size: number;
  readonly mtime: number;
  /** The file's text as decoded (a byte-order mark included): give it to parseHandoff / lintText. */
  readonly text: string;
  readonly header: HeaderInfo;
  /** The file was not valid UTF-8; bad bytes were decoded as U+FFFD. */
  readonly invalidUtf8: boolean;
}

export interface HandoffScan {
  /** Sorted by path. */
  readonly handoffs: readonly ScannedHandoff[];
  /** Markdown files read (handoffs and others). */
  readonly markdownFiles: number;
  /** Everything reported through onSkip, sorted by path. */
  readonly skipped: readonly ScanSkip[];
}

/** Finds Markdown files (findMarkdownFiles) and keeps the handoffs. Never rejects for file-system errors. */
export async function scanHandoffs(fs: FileSystem, roots: readonly (string | ScanRoot)[], options: ScanOptions = {}): Promise<HandoffScan> {
  const skipped: ScanSkip[] = [];
  const files = await findMarkdownFiles(fs, roots, {
    ...options,
    onSkip: (skip) => {
      skipped.push(skip);
      options.onSkip?.(skip);
    },
  });
  const limit = createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const reads = await Promise.all(
    files.map((file) =>
      limit(async () => {
        if (options.signal?.aborted) return undefined;
        const read = await readMarkdownFile(fs, file.path, maxFileSize);
        if (!read.ok) return { file, read };
        try {
          return { file, read, header: readHeader(read.text) };
        } catch (error) {
          const message = `could not be parsed: ${error instanceof Error ? error.message : String(error)}`.split('\n')[0]!;
          return { file, read: { ok: false as const, reason: 'failed' as const, message } };
        }
      }),
    ),
  );
  const handoffs: ScannedHandoff[] = [];
  let markdownFiles = 0;
  for (const result of reads) {
    if (!result) continue;
    const { file, read } = result;
    if (!read.ok) {
      const skip = { path: file.path, reason: read.reason, message: read.message };
      skipped.push(skip);
      options.onSkip?.(skip);
      continue;
    }
    markdownFiles++;
    if ('header' in result && result.header?.isHandoff) {
      handoffs.push({ path: file.path, size: read.size, mtime: file.mtime, text: read.text, header: result.header, invalidUtf8: read.invalidUtf8 });
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { handoffs, markdownFiles, skipped };
}
