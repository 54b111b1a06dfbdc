// What every command is given (CliContext: files, output, environment, all injected) and how it
// ends: exit codes, one error line, `--today`.
import { isValidDate, todayIn, type FileSystem, type GitRunner } from '../core/index';
import { CliError, stringOption, type ParsedArgs } from './args';
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
  /** Creates a folder and its parents (`--cache`). */
  readonly makeDirectory?: (path: string) => Promise<void>;
  /** Runs git for `lint` (`--changed-since`, the repository's name); default: git on PATH. Tests inject their own. */
  readonly git?: GitRunner;
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
