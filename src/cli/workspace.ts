// What `lint` and `list` share: the injected context, config loading, path arguments and the scan.
import {
  ConfigLookup,
  RULE_IDS,
  configIssues,
  describeFileError,
  dirname,
  fileErrorKind,
  isExcludedByConfig,
  join,
  localToday,
  normalize,
  relative,
  scanHandoffs,
  type ConfigInForce,
  type FileSystem,
  type HandoffConfig,
  type HandoffScan,
  type ScanRoot,
  type ScanSkip,
  type ScannedHandoff,
} from '../core/index';
import { CliError } from './args';
import { toProblem, type Problem } from './formatters/json';
import type { LintWorkers } from './lint-files';

export const EXIT_OK = 0;
/** Lint found errors, or more warnings than --max-warnings. */
export const EXIT_PROBLEMS = 1;
/** Bad usage or an internal error. */
export const EXIT_ERROR = 2;

/** Where output goes; main.ts wires it to process.stdout / stderr, tests to strings. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliContext {
  /** The current folder: absolute, '/'-separated. */
  readonly cwd: string;
  readonly fs: FileSystem;
  readonly output: Output;
  /** YYYY-MM-DD; defaults to the local date. */
  readonly today?: string;
  /** The package version, for --version and SARIF. */
  readonly version: string;
  /** Worker threads for whole-repo lint (main.ts); without them everything runs in this thread. */
  readonly lintWorkers?: LintWorkers;
}

export function today(ctx: CliContext): string {
  return ctx.today ?? localToday();
}

/** A path as shown to the user and written in reports: relative to the current folder, '/'-separated. */
export function displayPath(ctx: CliContext, path: string): string {
  return relative(ctx.cwd, path) || '.';
}

/**
 * The config in force for each file, from the core's ConfigLookup (the editor's too): `--config
 * FILE` for all, else the nearest `.handoff.yml` / `.handoff.yaml` in the file's folder or a
 * folder above it up to the repository root (so `handoff lint examples` uses
 * examples/.handoff.yml, as the editor would with examples/ open), else the defaults. A config's
 * problems never stop a command: `lint` reports them as results of rule `config`, `list` and
 * `stats` on stderr; only a `--config` file that does not exist is a usage error.
 */
export class ConfigResolver {
  readonly lookup: ConfigLookup;
  private readonly explicit: Promise<ConfigInForce> | undefined;

  constructor(
    private readonly ctx: CliContext,
    configOption: string | undefined,
  ) {
    this.lookup = new ConfigLookup(ctx.fs, { ruleIds: RULE_IDS });
    this.explicit = configOption === undefined ? undefined : this.loadExplicit(configOption);
    // Settle early failures only when awaited, without an unhandled rejection in between.
    this.explicit?.catch(() => undefined);
  }

  async forFile(path: string): Promise<HandoffConfig> {
    return (await this.inForce(path)).config;
  }

  async forFolder(folder: string): Promise<HandoffConfig> {
    return (await this.inFolder(folder)).config;
  }

  /** The config in force for a file and where it comes from (for `exclude:`). */
  inForce(path: string): Promise<ConfigInForce> {
    return this.inFolder(dirname(path));
  }

  inFolder(folder: string): Promise<ConfigInForce> {
    return this.explicit ?? this.lookup.forFolder(folder);
  }

  /** True when the `exclude:` of the config in force for `path` leaves it out. */
  async excludes(path: string): Promise<boolean> {
    return isExcludedByConfig(await this.inForce(path), path);
  }

  /** The problems of every config read so far, as lint results of rule `config`. */
  problems(): Problem[] {
    return this.lookup.files().flatMap((file) => configIssues(file).map((issue) => toProblem(displayPath(this.ctx, file.path), issue)));
  }

  /** For commands that report no results (`list`, `stats`): config problems go to stderr, once each. */
  reportProblems(): void {
    for (const p of this.problems()) this.ctx.output.stderr(`${p.file}:${p.line}:${p.column} error ${p.message} (config)\n`);
  }

  private async loadExplicit(option: string): Promise<ConfigInForce> {
    const file = await this.lookup.load(join(this.ctx.cwd, option));
    if (!file) throw new CliError(`cannot read config ${option}: no such file`);
    return { config: file.config, file };
  }
}

const GLOB_CHARS = /[*?[]/;

/**
 * Turns path arguments into scan roots. A glob (`handoffs/**\/*.md`) becomes its fixed leading
 * folder plus an include pattern. A path that does not exist is a usage error.
 */
export async function resolveTargets(ctx: CliContext, args: readonly string[]): Promise<ScanRoot[]> {
  const roots: ScanRoot[] = [];
  for (const arg of args.length ? args : ['.']) {
    const segments = arg.replace(/\\/g, '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const base = firstGlob < 0 ? arg : segments.slice(0, firstGlob).join('/') || (arg.startsWith('/') ? '/' : '.');
    const path = join(ctx.cwd, normalize(base));
    try {
      await ctx.fs.stat(path);
    } catch (error) {
      if (fileErrorKind(error) === 'not-found') throw new CliError(`no such file or folder: ${firstGlob < 0 ? arg : `${base} (in '${arg}')`}`);
      throw new CliError(`cannot read ${base}: ${describeFileError(error)}`);
    }
    roots.push(firstGlob < 0 ? { path } : { path, include: [segments.slice(firstGlob).join('/')] });
  }
  return roots;
}

/** Scans for handoffs; every skipped file and every non-UTF-8 file gets one line on stderr. */
export async function scanForCli(ctx: CliContext, roots: readonly ScanRoot[]): Promise<HandoffScan> {
  const scan = await scanHandoffs(ctx.fs, roots);
  for (const skip of scan.skipped) ctx.output.stderr(`handoff: skipped ${displayPath(ctx, skip.path)}: ${skip.message}\n`);
  for (const handoff of scan.handoffs) {
    if (handoff.invalidUtf8) {
      ctx.output.stderr(`handoff: ${displayPath(ctx, handoff.path)}: not valid UTF-8; invalid bytes were read as U+FFFD\n`);
    }
  }
  return scan;
}

/**
 * Scans for handoffs and gives each to `visit` with the config in force for it, as soon as it is
 * read; no text is kept once visited, so memory stays flat on any number of files. Skipped and
 * non-UTF-8 files get one line each on stderr, as with scanForCli. Resolves with the number of
 * handoffs once every visit has run.
 */
export async function forEachHandoff(
  ctx: CliContext,
  roots: readonly ScanRoot[],
  configs: ConfigResolver,
  visit: (handoff: ScannedHandoff, config: HandoffConfig) => void,
): Promise<number> {
  const pending: Promise<void>[] = [];
  const invalid: string[] = [];
  const scan = await scanHandoffs(ctx.fs, roots, {
    keepHandoffs: false,
    onHandoff: (handoff) => {
      if (handoff.invalidUtf8) invalid.push(handoff.path);
      const visited = configs.inForce(handoff.path).then((found) => {
        if (!isExcludedByConfig(found, handoff.path)) visit(handoff, found.config);
      });
      visited.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
      pending.push(visited);
    },
  });
  reportScan(ctx, scan.skipped, invalid);
  await Promise.all(pending);
  return pending.length;
}

/** One stderr line per skipped file and per file that is not valid UTF-8, each group in path order. */
export function reportScan(ctx: CliContext, skipped: readonly ScanSkip[], invalidUtf8: readonly string[]): void {
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const skip of [...skipped].sort((a, b) => byPath(a.path, b.path))) {
    ctx.output.stderr(`handoff: skipped ${displayPath(ctx, skip.path)}: ${skip.message}\n`);
  }
  for (const path of [...invalidUtf8].sort(byPath)) {
    ctx.output.stderr(`handoff: ${displayPath(ctx, path)}: not valid UTF-8; invalid bytes were read as U+FFFD\n`);
  }
}

/** Runs a command: any error ends as one line on stderr and exit code 2, never a stack trace. */
export async function guarded(ctx: CliContext, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    ctx.output.stderr(`handoff: ${errorLine(error)}\n`);
    return EXIT_ERROR;
  }
}

/** One line for any error: the message of a CliError, `internal error: …` for anything else. */
export function errorLine(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0] || 'unknown'}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
