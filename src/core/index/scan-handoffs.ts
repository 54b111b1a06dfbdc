// Reads the handoffs among the Markdown files a scan finds: each file is read (a limited number at
// once), decoded and given to readHeader; files without a `handoff:` key are dropped before any
// Markdown parse (and those whose front-matter never says `handoff` before any YAML parse).
import { BOM, type HeaderInfo } from '../model/handoff';
import { findFrontMatter } from '../parse/front-matter/find-front-matter';
import { blankLinesBeforeFrontMatter, readHeader } from '../parse/parse-handoff';
import { describeFileError, fileErrorKind, type FileSystem, type SizedRead, type SyncFileSystem } from '../ports';
import { decodeMarkdown, isBinary } from './decode';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_FILE_SIZE, findMarkdownFiles, listMarkdownFilesUnstated, tooLargeMessage, type FoundFile, type ScanOptions, type ScanRoot, type ScanSkip, type SkipReason } from './scan';

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly invalidUtf8: boolean; readonly size: number }
  | { readonly ok: false; readonly reason: SkipReason; readonly message: string };

/** Reads and decodes one Markdown file (for watchers and single-file reads). Never rejects. */
export async function readMarkdownFile(fs: FileSystem, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return readFailed(error);
  }
  return decodeRead(bytes, maxFileSize);
}

function readFailed(error: unknown): ReadResult {
  if (fileErrorKind(error) === 'not-found') return { ok: false, reason: 'vanished', message: 'file no longer exists (deleted during the scan?)' };
  return { ok: false, reason: 'unreadable', message: `cannot be read: ${describeFileError(error)}` };
}

function decodeRead(bytes: Uint8Array, maxFileSize: number): ReadResult {
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

export interface HandoffScanOptions extends ScanOptions {
  /** Called with each handoff as soon as it is read (in no particular order). */
  readonly onHandoff?: (handoff: ScannedHandoff) => void;
  /**
   * Keep the handoffs (text included) for the result (default true). With false only `onHandoff`
   * sees them and memory stays flat however many files there are.
   */
  readonly keepHandoffs?: boolean;
}

/** Finds Markdown files (findMarkdownFiles) and keeps the handoffs. Never rejects for file-system errors. */
export async function scanHandoffs(fs: FileSystem, roots: readonly (string | ScanRoot)[], options: HandoffScanOptions = {}): Promise<HandoffScan> {
  const skipped: ScanSkip[] = [];
  // A file system that stats what it reads (the CLI's) saves a stat per file: the walk only lists.
  const readWithStat = fs.sync?.readFileWithStat?.bind(fs.sync);
  const files = await (readWithStat ? listMarkdownFilesUnstated : findMarkdownFiles)(fs, roots, {
    ...options,
    onSkip: (skip) => {
      skipped.push(skip);
      options.onSkip?.(skip);
    },
  });
  // Limited even on a synchronous file system: it also bounds how many texts are in memory at once.
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const keep = options.keepHandoffs ?? true;
  const handoffs: ScannedHandoff[] = [];
  const readSkips: ScanSkip[] = [];
  let markdownFiles = 0;
  // Each file is dealt with as soon as it is read: nothing but the handoffs kept is held until the end.
  // `concurrency` readers take the next file in turn (no promise per waiting file).
  let next = 0;
  const reader = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const file = files[next++]!;
      const read = readWithStat
        ? readStatedHandoffFile(readWithStat, file.path, maxFileSize)
        : fs.sync
          ? readHandoffFileSync(fs.sync, file, maxFileSize)
          : await readHandoffFile(fs, file, maxFileSize);
      if (read.skip) {
        readSkips.push(read.skip);
        continue;
      }
      markdownFiles++;
      if (!read.handoff) continue;
      options.onHandoff?.(read.handoff);
      if (keep) handoffs.push(read.handoff);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, reader));
  for (const skip of readSkips.sort(byPath)) {
    skipped.push(skip);
    options.onSkip?.(skip);
  }
  skipped.sort(byPath);
  return { handoffs: handoffs.sort(byPath), markdownFiles, skipped };
}

export type HandoffFileRead =
  | { readonly skip: ScanSkip; readonly handoff?: undefined; readonly meantAsHandoff?: undefined }
  | {
      readonly skip?: undefined;
      readonly handoff: ScannedHandoff | undefined;
      /** Markdown that is no handoff only because blank lines stand before its front-matter: `handoff lint` hints at it (front-matter-not-first), nothing else reads it. */
      readonly meantAsHandoff?: ScannedHandoff;
    };

/**
 * Reads one Markdown file found by a scan: a skip (unreadable, binary, too large, unparsable), or
 * the handoff it is (undefined for other Markdown). What scanHandoffs does per file, for callers
 * that spread the files over threads. Never rejects.
 */
export async function readHandoffFile(fs: FileSystem, file: FoundFile, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<HandoffFileRead> {
  if (fs.sync) return readHandoffFileSync(fs.sync, file, maxFileSize);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file.path);
  } catch (error) {
    return handoffOf(file, readFailed(error));
  }
  return handoffFromBytes(file, bytes, maxFileSize);
}

/** readHandoffFile without a promise. */
function readHandoffFileSync(sync: SyncFileSystem, file: FoundFile, maxFileSize: number): HandoffFileRead {
  let bytes: Uint8Array;
  try {
    bytes = sync.readFile(file.path);
  } catch (error) {
    return handoffOf(file, readFailed(error));
  }
  return handoffFromBytes(file, bytes, maxFileSize);
}

/** readHandoffFileSync for a file listed unstated: its size and mtime come from the read. */
function readStatedHandoffFile(readWithStat: (path: string, maxSize: number) => SizedRead, path: string, maxFileSize: number): HandoffFileRead {
  let read: SizedRead;
  try {
    read = readWithStat(path, maxFileSize);
  } catch (error) {
    return handoffOf({ path, size: 0, mtime: 0 }, readFailed(error));
  }
  if (!read.bytes) return { skip: { path, reason: 'too-large', message: tooLargeMessage(read.size, maxFileSize) } };
  return handoffFromBytes({ path, size: read.size, mtime: read.mtime }, read.bytes, maxFileSize);
}

function handoffFromBytes(file: FoundFile, bytes: Uint8Array, maxFileSize: number): HandoffFileRead {
  // A file that does not open with `---` (after blank lines, for the hint) has no front-matter, so it is no handoff: no need to decode it.
  if (bytes.length <= maxFileSize && !isBinary(bytes) && !opensWithFence(bytes)) return { handoff: undefined };
  return handoffOf(file, decodeRead(bytes, maxFileSize));
}

/** `---` at the very start, after an optional UTF-8 byte-order mark and any blank space. */
function opensWithFence(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x20 || bytes[at] === 0x09) at++;
  return bytes[at] === 0x2d && bytes[at + 1] === 0x2d && bytes[at + 2] === 0x2d;
}

function handoffOf(file: FoundFile, read: ReadResult): HandoffFileRead {
  if (!read.ok) return { skip: { path: file.path, reason: read.reason, message: read.message } };
  let header: HeaderInfo | undefined;
  try {
    header = mayHaveHandoffKey(read.text) ? readHeader(read.text) : undefined;
  } catch (error) {
    const message = `could not be parsed: ${error instanceof Error ? error.message : String(error)}`.split('\n')[0]!;
    return { skip: { path: file.path, reason: 'failed', message } };
  }
  const scanned = (h: HeaderInfo) => ({ path: file.path, size: read.size, mtime: file.mtime, text: read.text, header: h, invalidUtf8: read.invalidUtf8 });
  if (header?.isHandoff) return { handoff: scanned(header) };
  if (blankLinesBeforeFrontMatter(read.text) > 0) return { handoff: undefined, meantAsHandoff: scanned(readHeader(read.text)) };
  return { handoff: undefined };
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * False when the text cannot be a handoff: no front-matter, or one without the word `handoff`
 * (nor a `\` escape that could spell it). Saves the YAML read of every other Markdown file.
 */
function mayHaveHandoffKey(rawText: string): boolean {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  if (!text.startsWith('---')) return false;
  const block = findFrontMatter(text);
  if (!block) return false;
  const yaml = text.slice(block.contentStart, block.contentEnd);
  return yaml.includes('handoff') || yaml.includes('\\');
}
