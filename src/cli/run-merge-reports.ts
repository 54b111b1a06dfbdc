// `handoff merge-reports FILE...`: reads the reports and prints (or writes) their merge.
import { join } from '../core/index';
import { booleanOption, CliError, parseArgs, stringOption } from './args';
import { EXIT_OK, EXIT_PROBLEMS, guarded, type CliContext } from './context';
import { writeOutput } from './lint-options';
import { mergeReports } from './merge-reports';

export const MERGE_REPORTS_HELP = `Usage: handoff merge-reports FILE... [options]

Merges the JSON or SARIF reports of several \`handoff lint\` runs into one report of the same
format: the shards of one repository (--shard i/n) or the reports of several repositories.
SARIF: one run per tool, rules united, results concatenated, artifacts deduplicated. The
reports of all n shards merge into exactly the report of one unsharded run. Reports of several
repositories stay apart: JSON files are prefixed with their repository's name (name:path), SARIF
keeps a run per repository.

Options:
  -o, --output-file FILE  write the merged report to FILE instead of stdout
  -h, --help              show this help

Exit codes: 0 merged, 1 the merged report holds errors, 2 bad usage or a file that is not a
JSON or SARIF report of handoff lint.
`;

export function runMergeReports(argv: readonly string[], ctx: CliContext): Promise<number> {
  return guarded(ctx, async () => {
    const args = parseArgs(argv, { command: 'handoff merge-reports', options: { 'output-file': 'string', help: 'boolean' }, aliases: { h: 'help', o: 'output-file' } });
    if (booleanOption(args, 'help')) {
      ctx.output.stdout(MERGE_REPORTS_HELP);
      return EXIT_OK;
    }
    const reports = [];
    for (const name of args.positionals) {
      try {
        reports.push({ name, text: new TextDecoder().decode(await ctx.fs.readFile(join(ctx.cwd, name.replace(/\\/g, '/')))) });
      } catch {
        throw new CliError(`cannot read report ${name}`);
      }
    }
    const merged = mergeReports(reports);
    await writeOutput(ctx, stringOption(args, 'output-file'), merged.text);
    return merged.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
  });
}
