// What `lint` and `list` share: the injected context, config loading, path arguments and the scan.
import {
  CONFIG_FILE_NAMES,
  RULE_IDS,
  decodeMarkdown,
  defaultConfig,
  describeFileError,
  dirname,
  fileErrorKind,
  isValidDate,
  join,
  loadConfig,
  localToday,
  relative,
  scanHandoffs,
  type FileSystem,
  type HandoffConfig,
  type HandoffScan,
  type ScanSkip,
  type ScannedHandoff,
} from '../core/index';
import { CliError, stringOption, type ParsedArgs } from './args';
import type { LintWorkers } from './lint-files';
import type { Targets } from './targets';

export const EXIT_OK = 0;
/** Lint found errors, or more warnings than --max-warnings. */
export const EXIT_PROBLEMS = 1;
/** Bad usage, a broken config, or an internal error. */
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
  /** Environment variables read: GITHUB_WORKSPACE, NO_COLOR, TERM. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal (colours by default). */
  readonly stdoutIsTerminal?: boolean;
  /** All of stdin, for `handoff lint -`. */
  readonly readStdin?: () => Promise<Uint8Array>;
  /** Replaces a file atomically (`--fix`, `--output-file`). */
  readonly writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/** `--today YYYY-MM-DD` when given (every date rule and age uses it), else the context's date. */
export function today(ctx: CliContext, args?: ParsedArgs): string {
  const option = args && stringOption(args, 'today');
  if (option === undefined) return ctx.today ?? localToday();
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
 * Finds the config in force for each file: `--config FILE` for all, else the nearest
 * `.handoff.yml` / `.handoff.yaml` in the file's folder or a folder above it (so
 * `handoff lint examples` uses examples/.handoff.yml, as the editor would with examples/ open),
 * else the defaults. A broken config throws a CliError `file:line:col message`; its warnings go to
 * stderr once.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<HandoffConfig>>();
  private readonly explicit: Promise<HandoffConfig> | undefined;

  constructor(
    private readonly ctx: CliContext,
    configOption: string | undefined,
  ) {
    this.explicit = configOption === undefined ? undefined : this.loadExplicit(configOption);
    // Settle early failures only when awaited, without an unhandled rejection in between.
    this.explicit?.catch(() => undefined);
  }

  forFile(path: string): Promise<HandoffConfig> {
    return this.forFolder(dirname(path));
  }

  forFolder(folder: string): Promise<HandoffConfig> {
    if (this.explicit) return this.explicit;
    let config = this.byFolder.get(folder);
    if (!config) {
      config = this.lookup(folder);
      config.catch(() => undefined);
      this.byFolder.set(folder, config);
    }
    return config;
  }

  private async lookup(folder: string): Promise<HandoffConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      let bytes: Uint8Array;
      try {
        bytes = await this.ctx.fs.readFile(path);
      } catch (error) {
        const kind = fileErrorKind(error);
        if (kind === 'not-found' || kind === 'not-a-directory') continue;
        throw new CliError(`cannot read config ${displayPath(this.ctx, path)}: ${describeFileError(error)}`);
      }
      return this.parse(path, bytes);
    }
    const parent = dirname(folder);
    return parent === folder ? defaultConfig() : this.forFolder(parent);
  }

  private async loadExplicit(option: string): Promise<HandoffConfig> {
    const path = join(this.ctx.cwd, option);
    try {
      return this.parse(path, await this.ctx.fs.readFile(path));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read config ${option}: ${fileErrorKind(error) === 'not-found' ? 'no such file' : describeFileError(error)}`);
    }
  }

  private parse(path: string, bytes: Uint8Array): HandoffConfig {
    const shown = displayPath(this.ctx, path);
    const decoded = decodeMarkdown(bytes);
    if (decoded.binary) throw new CliError(`${shown}:1:1 the config is not a text file`);
    const { config, problems } = loadConfig(decoded.text, { ruleIds: RULE_IDS });
    const where = (p: (typeof problems)[number]) => `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more error')})` : '';
      throw new CliError(`${where(errors[0]!)} ${errors[0]!.message}${more}`);
    }
    for (const warning of problems) this.ctx.output.stderr(`${where(warning)} warning ${warning.message}\n`);
    return config;
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
      const visited = configs.forFile(handoff.path).then((config) => visit(handoff, config));
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
