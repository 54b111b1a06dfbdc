// `handoff lint [paths or globs...]`: lints every handoff with the same core function the editor uses.
import { CONFIG_RULE_DESCRIPTION, CONFIG_RULE_ID, RULES, findMarkdownFiles, resolveSeverity, type HandoffConfig, type ScanSkip } from '../core/index';
import { CliError, booleanOption, choiceOption, countOption, parseArgs, stringOption } from './args';
import { formatGithub } from './formatters/github';
import { formatJson, type Problem } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { lintFilesHere, type ConfigFor } from './lint-files';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  ConfigResolver,
  guarded,
  plural,
  reportScan,
  resolveTargets,
  today,
  type CliContext,
} from './workspace';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const LINT_HELP = `Usage: handoff lint [paths or globs...] [options]

Lints the Markdown handoff notes under the given files and folders (default: the current
folder). Honours .gitignore files; never enters node_modules or .git; Markdown files without a
\`handoff:\` front-matter key are skipped unread beyond their front-matter.
Quote globs so the shell leaves them alone: handoff lint 'handoffs/**/*.md'

Options:
  --format FORMAT     text (default), json, sarif (GitHub code scanning) or github
                      (GitHub Actions annotations)
  --config FILE       config file for every file (default: the nearest .handoff.yml or
                      .handoff.yaml in the file's folder or a folder above it)
  --max-warnings N    fail when there are more than N warnings (default: no limit)
  --quiet             report errors only (warnings still count for --max-warnings)
  -h, --help          show this help

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  bad usage or an internal error (one line on stderr)

Problems in a .handoff.yml (YAML errors, unknown keys, invalid values) are errors of that
file, rule \`config\`; the valid rest of the config still applies.

Files that cannot be linted (binary, over 2 MB, unreadable) get one line each on stderr.
`;

/** Returns the exit code; every error ends as one line on stderr and code 2. */
export function runLint(argv: readonly string[], ctx: CliContext): Promise<number> {
  return guarded(ctx, () => lint(argv, ctx));
}

async function lint(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {
    command: 'handoff lint',
    options: { format: 'string', config: 'string', 'max-warnings': 'string', quiet: 'boolean', help: 'boolean' },
    aliases: { h: 'help' },
  });
  if (booleanOption(args, 'help')) {
    ctx.output.stdout(LINT_HELP);
    return EXIT_OK;
  }
  const format = choiceOption(args, 'format', LINT_FORMATS, 'text');
  const maxWarnings = countOption(args, 'max-warnings');
  const quiet = booleanOption(args, 'quiet');
  const configs = new ConfigResolver(ctx, stringOption(args, 'config'));
  // The current folder's config is checked even when no file below uses it; SARIF lists its severities.
  const config = await configs.forFolder(ctx.cwd);
  const roots = await resolveTargets(ctx, args.positionals);

  // Every Markdown file is read, kept only if it is a handoff, and linted at once (its text then
  // dropped), on worker threads when asked for (HANDOFF_LINT_THREADS) and there are many; the
  // header read to tell handoffs apart is reused, not read again.
  const day = today(ctx);
  const walkSkips: ScanSkip[] = [];
  const files = await findMarkdownFiles(ctx.fs, roots, { onSkip: (skip) => walkSkips.push(skip) });
  const configFor: ConfigFor = (folder) => configs.inFolder(folder);
  const workers = ctx.lintWorkers;
  const outcomes =
    workers && files.length >= workers.minFiles
      ? await workers.lint(files, configFor, ctx.cwd, day)
      : await lintFilesHere(ctx.fs, files, configFor, ctx.cwd, day);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  reportScan(
    ctx,
    [...walkSkips, ...outcomes.flatMap((o) => (o.skip ? [o.skip] : []))],
    outcomes.filter((o) => o.invalidUtf8).map((o) => o.path),
  );
  const handoffs = outcomes.filter((o) => o.handoff).length;
  // Config problems first: they explain what follows.
  const problems = [...configs.problems(), ...outcomes.flatMap((o) => o.problems)];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const shown = quiet ? problems.filter((p) => p.severity === 'error') : problems;

  ctx.output.stdout(render(format, shown, handoffs, config, ctx.version));
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) {
    ctx.output.stderr(`handoff: ${plural(warnings, 'warning')} found; --max-warnings allows ${maxWarnings}\n`);
  }
  return errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

function render(format: LintFormat, problems: readonly Problem[], handoffs: number, config: HandoffConfig, version: string): string {
  switch (format) {
    case 'text':
      return formatText(problems, { handoffs });
    case 'json':
      return formatJson(problems);
    case 'github':
      return formatGithub(problems);
    case 'sarif': {
      const rules = [
        ...RULES.map((r) => ({ id: r.id, description: r.description, severity: resolveSeverity(r.id, r.defaultSeverity, { config }) })),
        { id: CONFIG_RULE_ID, description: CONFIG_RULE_DESCRIPTION, severity: 'error' as const },
      ];
      return formatSarif(problems, rules, { name: 'handoff', version });
    }
    default:
      throw new CliError(`unexpected format ${String(format)}`);
  }
}
