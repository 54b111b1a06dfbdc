// `handoff lint` options with more to them than a name: `--rule ID=SEVERITY` and `--output-file`.
import { RULE_IDS, closest, join, type SeveritySetting } from '../core/index';
import { CliError, listOption, type ParsedArgs } from './args';
import type { CliContext } from './context';

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** `--rule ID=SEVERITY` (repeatable; the last one for a rule wins). An unknown id or severity is a usage error. */
export function severityOverrides(args: ParsedArgs): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of listOption(args, 'rule')) {
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(value);
    if (!match) throw new CliError(`unexpected --rule '${value}', expected ID=SEVERITY, e.g. --rule overdue=off`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!RULE_IDS.includes(id)) {
      const suggestion = closest(id, RULE_IDS);
      throw new CliError(`unknown rule '${id}' in --rule${suggestion ? `; did you mean '${suggestion}'?` : `; rules: ${RULE_IDS.join(', ')}`}`);
    }
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new CliError(`unexpected severity '${severity}' in --rule ${value}, expected ${SEVERITIES.join(', ')}`);
    }
    overrides[id] = severity as SeveritySetting;
  }
  return overrides;
}

/** The report to stdout, or with `-o FILE` to that file (replaced atomically). */
export async function writeOutput(ctx: CliContext, file: string | undefined, report: string): Promise<void> {
  if (file === undefined) {
    ctx.output.stdout(report);
    return;
  }
  if (!ctx.writeFile) throw new CliError('--output-file cannot write files here');
  try {
    await ctx.writeFile(join(ctx.cwd, file.replace(/\\/g, '/')), new TextEncoder().encode(report));
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
