// A tiny argv parser: `--flag`, `--option value`, `--option=value`, `-h`, repeatable options, and `--` to end options.
// Anything unexpected is a usage error with a one-line message (exit code 2).

/** An error the user can fix: printed as one line, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** `strings`: a string option that may be given more than once. */
export type OptionKind = 'boolean' | 'string' | 'strings';

export interface OptionSpec {
  /** Long option names without `--`. */
  readonly options: Readonly<Record<string, OptionKind>>;
  /** Short aliases: `{ h: 'help' }`. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** For messages: `handoff lint`. */
  readonly command: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: ReadonlyMap<string, string | true | readonly string[]>;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string | true | string[]>();
  const seeHelp = `see \`${spec.command} --help\``;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const alias = spec.aliases?.[arg.slice(1)];
      if (alias === undefined) throw new CliError(`unknown option '${arg}' for ${spec.command}; ${seeHelp}`);
      name = alias;
    }
    const kind = spec.options[name];
    if (kind === undefined) throw new CliError(`unknown option '--${name}' for ${spec.command}; ${seeHelp}`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new CliError(`option '--${name}' takes no value; ${seeHelp}`);
      values.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new CliError(`option '--${name}' needs a value; ${seeHelp}`);
    }
    if (kind === 'strings') values.set(name, [...listOption({ positionals, values }, name), value]);
    else values.set(name, value);
  }
  return { positionals, values };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable (`strings`) option, in order. */
export function listOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values.get(name);
  return Array.isArray(value) ? value : [];
}

export function booleanOption(args: ParsedArgs, name: string): boolean {
  return args.values.get(name) === true;
}

/** A value that must be one of `choices`. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliError(`unexpected --${name} '${value}', expected ${choices.join(', ')}`);
  }
  return value as T;
}

/** A whole number of 0 or more (or -1, meaning no limit, as ESLint accepts). */
export function countOption(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!/^(-1|\d+)$/.test(value.trim())) throw new CliError(`unexpected --${name} '${value}', expected a whole number of 0 or more`);
  const n = Number(value);
  return n < 0 ? undefined : n;
}
