// `handoff lint --cache`: each file's outcome, kept between runs in one JSON file. An entry is
// reused while the file (size + mtime, else the SHA-256 of its bytes: a fresh CI checkout has new
// mtimes), the config in force for it (its file's path and text) and the run (tool version,
// `--rule` overrides) are unchanged. Rules that depend on the date alone (`dependsOnToday`) are
// the one thing the date changes: on another day only they are re-run, on the front-matter (they
// read nothing else), so a cached run on any day prints exactly what an uncached one would.
import { createHash } from 'node:crypto';
import {
  DEFAULT_MAX_FILE_SIZE,
  RULE_IDS,
  dirname,
  join,
  lintDocument,
  readHandoffFile,
  relative,
  type ConfigInForce,
  type FileSystem,
  type FoundFile,
  type HandoffDocument,
  type HeaderInfo,
  type JourneyFacts,
  type SeveritySetting,
} from '../core/index';
import { pruneEntries, type CacheScope } from './cache-prune';
import type { CliContext } from './context';
import { toProblem, type Problem } from './formatters/json';
import type { ConfigFor, FileOutcome, LintSettings } from './lint-files';

/** Bump when an entry's meaning changes: older cache files are then ignored. */
const FORMAT = 2; // 2: entries keep the journey facts the cross-document rules need
const FILE_NAME = 'lint-cache.json';

interface Entry {
  readonly size: number;
  mtime: number;
  readonly hash: string;
  /** The config in force (configKey); undefined for a file that is no handoff (no config matters). */
  readonly config?: string;
  readonly handoff: boolean;
  readonly invalidUtf8: boolean;
  today: string;
  /** Problems without `file`, which depends on the current folder. */
  problems: Omit<Problem, 'file'>[];
  readonly dated: readonly string[];
  /** What the cross-document rules need of the handoff: they run over every file, cached or not. */
  readonly journey?: JourneyFacts;
}

interface CacheFile {
  readonly tool: 'handoff';
  readonly format: number;
  /** Tool version and `--rule` overrides: any change empties the cache. */
  readonly run: string;
  readonly entries: Record<string, Entry>;
}

export class LintCache {
  private readonly hashes = new Map<string, string>();
  /** Files this run asked about: their entries are current. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly run: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** Opens the cache in `folder`; a missing one is empty, an unreadable or foreign one is ignored with a note on stderr. */
  static async open(ctx: CliContext, folder: string, settings: LintSettings): Promise<LintCache> {
    const file = join(folder, FILE_NAME);
    const run = sha256(JSON.stringify({ version: ctx.version, severities: sortedEntries(settings.severities) }));
    let bytes: Uint8Array;
    try {
      bytes = await ctx.fs.readFile(file);
    } catch {
      return new LintCache(file, run, {});
    }
    const parsed = parseCacheFile(bytes);
    if (parsed === undefined) {
      ctx.output.stderr(`handoff: note: ignoring the cache ${relative(ctx.cwd, file) || file}: not a handoff lint cache (it will be rewritten)\n`);
      return new LintCache(file, run, {});
    }
    return new LintCache(file, run, parsed.run === run ? { ...parsed.entries } : {});
  }

  /** Reads through the cache: every file read is hashed, for `store`. */
  hashing(fs: FileSystem): FileSystem {
    const remember = (path: string, bytes: Uint8Array) => {
      this.hashes.set(path, sha256(bytes));
      return bytes;
    };
    return {
      readFile: async (p) => remember(p, await fs.readFile(p)),
      readDirectory: (p) => fs.readDirectory(p),
      stat: (p) => fs.stat(p),
      // Only readFile and stat: a read that bypassed `remember` would leave its file unhashed.
      ...(fs.sync ? { sync: { readFile: (p: string) => remember(p, fs.sync!.readFile(p)), stat: (p: string) => fs.sync!.stat(p) } } : {}),
    };
  }

  /** The outcome of `file` from the cache, or undefined when it must be linted. */
  async reuse(fs: FileSystem, file: FoundFile, configFor: ConfigFor, settings: LintSettings): Promise<FileOutcome | undefined> {
    this.seen.add(file.path);
    const entry = this.entries[file.path];
    if (!entry || entry.size !== file.size) return undefined;
    if (entry.mtime !== file.mtime) {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(file.path);
      } catch {
        return undefined;
      }
      if (sha256(bytes) !== entry.hash) return undefined;
      entry.mtime = file.mtime;
    }
    let found: ConfigInForce | undefined;
    if (entry.config !== undefined) {
      found = await configFor(dirname(file.path));
      if (configKey(found) !== entry.config) return undefined;
    }
    // Without --today each file's date is its team's (time zone): the date rules always run again.
    if (found && (settings.today === undefined || entry.today !== settings.today) && entry.dated.length) {
      const fresh = await relintDated(fs, file, found, entry.dated, settings);
      if (fresh === undefined) return undefined;
      entry.problems = sortProblems([...entry.problems.filter((p) => !entry.dated.includes(p.rule)), ...fresh]);
      entry.today = settings.today ?? '';
    }
    const shown = relative(settings.cwd, file.path) || '.';
    return { path: file.path, handoff: entry.handoff, invalidUtf8: entry.invalidUtf8, problems: entry.problems.map((p) => ({ file: shown, ...p })), dated: entry.dated, ...(entry.journey ? { journey: entry.journey } : {}) };
  }

  /** Keeps the outcome of a file linted in this run (read through `hashing`). */
  async store(file: FoundFile, outcome: FileOutcome, configFor: ConfigFor, settings: LintSettings): Promise<void> {
    const hash = this.hashes.get(file.path);
    if (hash === undefined || outcome.skip || outcome.fixed) return;
    // An excluded handoff comes back as no handoff: its config still decides, so it is keyed on it;
    // so does a file with problems that is no handoff (front-matter-not-first: the config's severity).
    const needsConfig = outcome.handoff || outcome.excluded === true || outcome.problems.length > 0;
    this.entries[file.path] = {
      size: file.size,
      mtime: file.mtime,
      hash,
      config: needsConfig ? configKey(await configFor(dirname(file.path))) : undefined,
      handoff: outcome.handoff,
      invalidUtf8: outcome.invalidUtf8,
      today: settings.today ?? '',
      problems: outcome.problems.map(({ file: _file, ...rest }) => rest),
      dated: outcome.dated ?? [],
      ...(outcome.journey ? { journey: outcome.journey } : {}),
    };
  }

  /**
   * Writes the cache atomically, without the entries of files gone or no longer matched (`scope`:
   * what this run would have linted); a cache that cannot be written is a note, never a failure.
   */
  async save(ctx: CliContext, scope: CacheScope): Promise<void> {
    await pruneEntries(this.entries, this.seen, scope, ctx.fs);
    const data: CacheFile = { tool: 'handoff', format: FORMAT, run: this.run, entries: this.entries };
    try {
      if (!ctx.writeFile || !ctx.makeDirectory) throw new Error('no files can be written here');
      await ctx.makeDirectory(dirname(this.file));
      await ctx.writeFile(this.file, new TextEncoder().encode(JSON.stringify(data)));
    } catch (error) {
      ctx.output.stderr(`handoff: note: cannot write the cache ${this.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

/** The config in force, as a key: its file and text (the built-in defaults belong to the tool version). */
export function configKey(found: ConfigInForce): string {
  if (!found.file) return 'defaults';
  let key = configKeys.get(found.file);
  if (key === undefined) configKeys.set(found.file, (key = sha256(`${found.file.path}\u0000${found.file.text}`)));
  return key;
}

/** Each config file is hashed once, not once per file it governs. */
const configKeys = new WeakMap<object, string>();

/** The date rules alone, on the front-matter alone: what another day can change. */
async function relintDated(fs: FileSystem, file: FoundFile, found: ConfigInForce, dated: readonly string[], settings: LintSettings): Promise<Omit<Problem, 'file'>[] | undefined> {
  const read = await readHandoffFile(fs, file, DEFAULT_MAX_FILE_SIZE);
  if (!read.handoff) return undefined;
  // Every other rule off; the date rules keep the severity they have in this run.
  const severities: Record<string, SeveritySetting> = {};
  for (const id of RULE_IDS) if (!dated.includes(id)) severities[id] = 'off';
  for (const id of dated) if (settings.severities[id] !== undefined) severities[id] = settings.severities[id]!;
  const doc = headerDocument(read.handoff.header);
  return lintDocument(doc, { config: found.config, today: settings.today, severities }).map((issue) => {
    const { file: _file, ...rest } = toProblem('', issue, doc.lines.lineText(issue.range.start.line));
    return rest;
  });
}

/** A document of the front-matter alone (no outline): enough for rules that read only fields. */
function headerDocument(header: HeaderInfo): HandoffDocument {
  return { ...header, title: undefined, headings: [], sections: [], taskItems: [], disabledRules: new Set(), bodyStart: 0, limitsExceeded: [] };
}

/** lintDocument's order: by start position, then rule id. */
function sortProblems<T extends Omit<Problem, 'file'>>(problems: T[]): T[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function parseCacheFile(bytes: Uint8Array): CacheFile | undefined {
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Partial<CacheFile> | null;
    if (!data || data.tool !== 'handoff' || data.format !== FORMAT || typeof data.run !== 'string') return undefined;
    if (typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) return undefined;
    for (const entry of Object.values(data.entries)) if (!isEntry(entry)) return undefined;
    return data as CacheFile;
  } catch {
    return undefined;
  }
}

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return (
    typeof e === 'object' && e !== null &&
    typeof e.size === 'number' && typeof e.mtime === 'number' && typeof e.hash === 'string' && typeof e.today === 'string' &&
    typeof e.handoff === 'boolean' && typeof e.invalidUtf8 === 'boolean' && Array.isArray(e.problems) && e.problems.every(isProblem) &&
    Array.isArray(e.dated) && e.dated.every((id) => typeof id === 'string') &&
    (e.config === undefined || typeof e.config === 'string') &&
    (e.journey === undefined || (typeof e.journey === 'object' && e.journey !== null && typeof e.journey.file === 'string' && Array.isArray(e.journey.follows)))
  );
}

function isProblem(value: unknown): boolean {
  const p = value as Partial<Problem> | null;
  return (
    typeof p === 'object' && p !== null &&
    [p.line, p.column, p.endLine, p.endColumn].every((n) => typeof n === 'number') &&
    [p.severity, p.rule, p.message].every((t) => typeof t === 'string') && (p.lineText === undefined || typeof p.lineText === 'string')
  );
}

function sortedEntries(record: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
