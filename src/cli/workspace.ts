// What `lint` and `list` share: the injected context, config loading, path arguments and the scan.
import {
  ConfigLookup,
  RULE_IDS,
  configIssues,
  dirname,
  isExcludedByConfig,
  isValidDate,
  join,
  relative,
  scanHandoffs,
  todayIn,
  type ConfigInForce,
  type FileSystem,
  type HandoffConfig,
  type HandoffScan,
  type ScanSkip,
  type ScannedHandoff,
} from '../core/index';
import { CliError, stringOption, type ParsedArgs } from './args';
import { toProblem, type Problem } from './formatters/json';
import type { LintWorkers } from './lint-files';
import type { Targets } from './targets';

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
  /** YYYY-MM-DD; defaults to today in the team's time zone. */
  readonly today?: string;
  /** The machine's IANA time zone (main.ts), for configs without `timezone:`; undefined: UTC. */
  readonly timeZone?: string;
  /** The package version, for --version and SARIF. */
  readonly version: string;
  /** Worker threads for whole-repo lint (main.ts); without them everything runs in this thread. */
  readonly lintWorkers?: LintWorkers;
  /** Environment variables read: GITHUB_WORKSPACE, NO_COLOR, TERM. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal (colours by default). */
  readonly stdoutIsTerminal?: boolean;
  /** All of stdin, for `handoff lint -`. */
  readonly readStdin?: () => Promise<Uint8Array>;
  /** Replaces a file atomically (`--fix`, `--output-file`). */
  readonly writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/** `--today YYYY-MM-DD` when given (every date rule and age uses it), else the context's date, else today in `timeZone`. */
export function today(ctx: CliContext, args: ParsedArgs | undefined, timeZone: string | undefined): string {
  return givenToday(ctx, args) ?? todayIn(timeZone);
}

/** `--today` or the context's date; undefined: each file's today in its team's zone (the lint engine's default). */
export function givenToday(ctx: CliContext, args?: ParsedArgs): string | undefined {
  const option = args && stringOption(args, 'today');
  if (option === undefined) return ctx.today;
  if (!isValidDate(option)) throw new CliError(`unexpected --today '${option}', expected a date as YYYY-MM-DD`);
  return option;
}

/**
 * The folder json, sarif and github output name files from, so that code scanning and annotations
 * find them whatever the working folder: GITHUB_WORKSPACE when set, else the nearest folder
 * holding `.git` (a folder, or a file in a worktree) at or above the current one, else the current one.
 */
export async function repositoryRoot(ctx: CliContext): Promise<string> {
  const workspace = ctx.env?.GITHUB_WORKSPACE;
  if (workspace) return join(ctx.cwd, workspace.replace(/\\/g, '/'));
  for (let dir = ctx.cwd; ; ) {
    try {
      await ctx.fs.stat(join(dir, '.git'));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return ctx.cwd;
      dir = parent;
    }
  }
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
    this.lookup = new ConfigLookup(ctx.fs, { ruleIds: RULE_IDS, timeZone: ctx.timeZone });
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
    return this.lookup.files().flatMap((file) => {
      const lines = file.text.split('\n'); // the flagged line, for SARIF fingerprints
      return configIssues(file).map((issue) => toProblem(displayPath(this.ctx, file.path), issue, lines[issue.range.start.line] ?? ''));
    });
  }

  /** For commands that report no results (`list`, `stats`): config problems go to stderr, once each. */
  reportProblems(): void {
    for (const p of this.problems()) this.ctx.output.stderr(`${p.file}:${p.line}:${p.column} error ${p.message} (config)\n`);
  }

  private async loadExplicit(option: string): Promise<ConfigInForce> {
    const file = await this.lookup.load(join(this.ctx.cwd, option));
    if (!file) throw new CliError(`cannot read config ${option}: no such file`);
    return { config: this.lookup.withZone(file.config), file };
  }
}

/** Scans for handoffs; every skipped file and every non-UTF-8 file gets one line on stderr. */
export async function scanForCli(ctx: CliContext, targets: Targets): Promise<HandoffScan> {
  const scan = await scanHandoffs(ctx.fs, targets.roots, { excluded: targets.excluded });
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
  targets: Targets,
  configs: ConfigResolver,
  visit: (handoff: ScannedHandoff, config: HandoffConfig) => void,
): Promise<number> {
  const pending: Promise<void>[] = [];
  const invalid: string[] = [];
  const scan = await scanHandoffs(ctx.fs, targets.roots, {
    excluded: targets.excluded,
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
