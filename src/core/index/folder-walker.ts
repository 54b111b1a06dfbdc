// The walk behind findMarkdownFiles (scan.ts): folders, .gitignore levels, links and skips.
import { describeFileError, fileErrorKind, type FileStat, type FileSystem, type SyncFileSystem } from '../ports';
import { isWithin, join, normalize } from '../util/paths';
import { decodeMarkdown } from './decode';
import { globMatcher, type PathMatcher } from '../util/glob';
import { ignoreLevel, isIgnored, type IgnoreLevel } from './gitignore';
import { enclosingIgnoreLevels } from './walk-filter';
import { createLimiter, unlimited, type Limiter } from './limit';
import { ALWAYS_EXCLUDED, DEFAULT_CONCURRENCY, DEFAULT_MAX_FILE_SIZE, MARKDOWN_EXTENSIONS, tooLargeMessage, type FoundFile, type ScanOptions, type ScanRoot, type SkipReason } from './scan-options';

interface RootContext {
  /** The root folder's real path: linked folders outside it are not followed. */
  readonly realRoot: string;
  readonly exclude: PathMatcher | undefined;
  readonly include: PathMatcher | undefined;
}

interface PendingLink {
  readonly ctx: RootContext;
  readonly path: string;
  /** Real paths of the folders from the root down to the link's folder. */
  readonly chain: readonly string[];
  readonly levels: readonly IgnoreLevel[];
}

const UNSTATED: FileStat = { kind: 'file', size: NaN, mtime: NaN };

export class Walker {
  private readonly files: FoundFile[] = [];
  /** Real paths of files taken or skipped, and of folders entered. */
  private readonly seenFiles = new Set<string>();
  private readonly visitedDirs = new Set<string>();
  private links: PendingLink[] = [];
  private readonly limit: Limiter;
  private readonly maxFileSize: number;
  private readonly extensions: readonly string[];
  private readonly gitignore: boolean;

  constructor(
    private readonly fs: FileSystem,
    private readonly options: ScanOptions,
    /** False: regular files found in folders are listed unstated (size and mtime NaN), for a reader that stats as it reads. */
    private readonly statFiles = true,
  ) {
    this.limit = fs.sync ? unlimited : createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.extensions = options.extensions ?? MARKDOWN_EXTENSIONS;
    this.gitignore = options.respectGitignore ?? true;
  }

  found(): FoundFile[] {
    return this.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async root(spec: ScanRoot): Promise<void> {
    if (this.aborted) return;
    const path = normalize(spec.path);
    let stat: FileStat;
    try {
      stat = await this.limit(() => this.fs.stat(path));
    } catch (error) {
      if (fileErrorKind(error) === 'not-found') this.skip(path, 'not-found', 'no such file or folder');
      else this.skip(path, 'unreadable', `cannot be read: ${describeFileError(error)}`);
      return;
    }
    if (stat.kind === 'file') {
      this.addFile(path, (await this.realpath(path)) ?? path, stat);
      return;
    }
    if (stat.kind !== 'directory') return;
    const real = (await this.realpath(path)) ?? path;
    if (this.visitedDirs.has(real)) return;
    this.visitedDirs.add(real);
    const ctx: RootContext = {
      realRoot: real,
      exclude: this.options.exclude?.length ? globMatcher(path, this.options.exclude) : undefined,
      include: spec.include?.length ? globMatcher(path, spec.include) : undefined,
    };
    const levels = this.gitignore ? await this.enclosingLevels(path) : [];
    await this.walk(ctx, path, real, [real], levels);
  }

  /** Symbolic links found by the walk, followed once every regular path is known. */
  async followLinks(): Promise<void> {
    while (this.links.length && !this.aborted) {
      const batch = this.links;
      this.links = [];
      await Promise.all(batch.map((link) => this.followLink(link)));
    }
  }

  private get aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  private skip(path: string, reason: SkipReason, message: string): void {
    this.options.onSkip?.({ path, reason, message });
  }

  private async walk(ctx: RootContext, dir: string, realDir: string, chain: readonly string[], levels: readonly IgnoreLevel[]): Promise<void> {
    if (this.aborted) return;
    let entries;
    try {
      entries = await this.limit(() => this.fs.readDirectory(dir));
    } catch (error) {
      if (fileErrorKind(error) === 'not-found') this.skip(dir, 'vanished', 'folder no longer exists (deleted during the scan?)');
      else this.skip(dir, 'unreadable', `folder cannot be read: ${describeFileError(error)}`);
      return;
    }
    let here = levels;
    if (this.gitignore && entries.some((e) => e.name === '.gitignore' && (e.kind === 'file' || e.kind === 'symlink'))) {
      const level = await this.readGitignore(dir);
      if (level) here = [...levels, level];
    }
    const tasks: Promise<void>[] = [];
    for (const entry of entries) {
      if (ALWAYS_EXCLUDED.includes(entry.name) || entry.kind === 'other') continue;
      const path = child(dir, entry.name);
      if (entry.kind === 'symlink') {
        this.links.push({ ctx, path, chain, levels: here });
      } else if (entry.kind === 'directory') {
        const real = child(realDir, entry.name);
        if (this.visitedDirs.has(real) || this.excluded(ctx, here, path, true)) continue;
        this.visitedDirs.add(real);
        tasks.push(this.walk(ctx, path, real, [...chain, real], here));
      } else if (this.wanted(ctx, path) && !this.excluded(ctx, here, path, false)) {
        const real = realDir === dir ? path : child(realDir, entry.name); // one string when no link is on the way
        if (!this.statFiles) this.addFile(path, real, UNSTATED);
        else if (this.fs.sync) this.statFileSync(this.fs.sync, path, real);
        else tasks.push(this.statFile(path, real));
      }
    }
    await Promise.all(tasks);
  }

  private async followLink(link: PendingLink): Promise<void> {
    const { ctx, path } = link;
    let stat: FileStat;
    try {
      stat = await this.limit(() => this.fs.stat(path));
    } catch (error) {
      // A dangling link is only worth a word when it looks like a file we would have read.
      if (this.wanted(ctx, path)) this.skip(path, 'unreadable', `broken symbolic link: ${describeFileError(error)}`);
      return;
    }
    if (stat.kind === 'file') {
      if (!this.wanted(ctx, path) || this.excluded(ctx, link.levels, path, false)) return;
      this.addFile(path, (await this.realpath(path)) ?? path, stat);
      return;
    }
    // Without realpath a loop cannot be told apart from a new folder: linked folders are not followed.
    if (stat.kind !== 'directory' || !this.fs.realpath || this.excluded(ctx, link.levels, path, true)) return;
    const real = await this.realpath(path);
    if (real === undefined) return;
    if (link.chain.includes(real)) {
      this.skip(path, 'symlink-loop', 'symbolic link to one of its own parent folders (a loop); not followed');
      return;
    }
    if (!isWithin(ctx.realRoot, real)) {
      this.skip(path, 'outside-root', `symbolic link to a folder outside ${ctx.realRoot} (${real}); not followed`);
      return;
    }
    if (this.visitedDirs.has(real)) return;
    this.visitedDirs.add(real);
    await this.walk(ctx, path, real, [...link.chain, real], link.levels);
  }

  private async statFile(path: string, real: string): Promise<void> {
    if (this.seenFiles.has(real)) return;
    let stat: FileStat;
    try {
      stat = await this.limit(() => this.fs.stat(path));
    } catch (error) {
      this.statFailed(path, error);
      return;
    }
    if (stat.kind === 'file') this.addFile(path, real, stat);
  }

  /** statFile without a promise per file. */
  private statFileSync(sync: SyncFileSystem, path: string, real: string): void {
    if (this.seenFiles.has(real)) return;
    let stat: FileStat;
    try {
      stat = sync.stat(path);
    } catch (error) {
      this.statFailed(path, error);
      return;
    }
    if (stat.kind === 'file') this.addFile(path, real, stat);
  }

  private statFailed(path: string, error: unknown): void {
    if (fileErrorKind(error) === 'not-found') this.skip(path, 'vanished', 'file no longer exists (deleted during the scan?)');
    else this.skip(path, 'unreadable', `cannot be read: ${describeFileError(error)}`);
  }

  private addFile(path: string, real: string, stat: FileStat): void {
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    if (stat.size > this.maxFileSize) {
      this.skip(path, 'too-large', tooLargeMessage(stat.size, this.maxFileSize));
      return;
    }
    this.files.push({ path, size: stat.size, mtime: stat.mtime });
  }

  private wanted(ctx: RootContext, path: string): boolean {
    // Walker paths are normal already: the extension is after the last dot of the last segment.
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
    return this.extensions.includes(ext) && (ctx.include === undefined || ctx.include(path));
  }

  private excluded(ctx: RootContext, levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
    if (ctx.exclude?.(path) || this.options.excluded?.(path)) return true;
    return this.gitignore && isIgnored(levels, path, isDirectory);
  }

  private async realpath(path: string): Promise<string | undefined> {
    const realpath = this.fs.realpath?.bind(this.fs);
    if (!realpath) return undefined;
    try {
      return normalize(await this.limit(() => realpath(path)));
    } catch (error) {
      this.skip(path, 'unreadable', `cannot be resolved: ${describeFileError(error)}`);
      return undefined;
    }
  }

  /** The patterns of `dir`'s .gitignore, or of another file of patterns relative to `dir`. */
  private async readGitignore(dir: string, quietIfMissing = false, path = join(dir, '.gitignore')): Promise<IgnoreLevel | undefined> {
    try {
      const decoded = decodeMarkdown(await this.limit(() => this.fs.readFile(path)));
      return decoded.binary ? undefined : ignoreLevel(dir, decoded.text);
    } catch (error) {
      const kind = fileErrorKind(error);
      if (!(quietIfMissing && (kind === 'not-found' || kind === 'not-a-directory'))) {
        this.skip(path, 'unreadable', `cannot be read (${describeFileError(error)}); its patterns are not applied`);
      }
      return undefined;
    }
  }

  /** The ignore levels above `root` (walk-filter.ts). */
  private enclosingLevels(root: string): Promise<IgnoreLevel[]> {
    return enclosingIgnoreLevels(root, (dir, path) => this.readGitignore(dir, true, path), (path) => this.exists(path));
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.limit(() => this.fs.stat(path));
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * `join(dir, name)` for a folder entry, without re-normalising `dir` (already normal). A listed name
 * is never `.`, `..` or holds a '/', and a `\\` in it is part of the name (POSIX; Windows has none).
 */
function child(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
