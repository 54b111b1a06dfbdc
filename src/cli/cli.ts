// Command dispatch: argv in, exit code out. Everything the user can get wrong ends as one line on
// stderr and exit code 2; nothing here touches `process` (main.ts does).
import { CliError } from './args';
import { runGraph } from './run-graph';
import { runLint } from './run-lint';
import { runList } from './run-list';
import { runMergeReports } from './run-merge-reports';
import { runStats } from './run-stats';
import { EXIT_ERROR, EXIT_OK, guarded, type CliContext } from './context';

export const MAIN_HELP = `Usage: handoff <command> [options]

Lints and lists Markdown handoff notes (YAML front-matter + ## sections + task items).

Commands:
  lint [paths or globs...]   report problems in handoff notes (default: the current folder)
  list [paths or globs...]   list open handoffs: who, what, by when, checklist progress
  stats [paths or globs...]  handoff health: open, overdue, stale, load per team, ages
  graph [paths or globs...]  journeys (handoffs linked by follows) as Mermaid, DOT or JSON
  merge-reports FILE...      one JSON or SARIF report from several lint reports (shards, repositories)

Options:
  -h, --help       show this help (handoff <command> --help for a command's options)
  -v, --version    print the version

Exit codes:
  0  success (lint: no errors and warnings within --max-warnings)
  1  lint found errors, or more warnings than --max-warnings
  2  bad usage or an internal error
`;

export function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  return guarded(ctx, async () => {
    const [command, ...rest] = argv;
    switch (command) {
      case 'lint':
        return runLint(rest, ctx);
      case 'list':
        return runList(rest, ctx);
      case 'stats':
        return runStats(rest, ctx);
      case 'graph':
        return runGraph(rest, ctx);
      case 'merge-reports':
        return runMergeReports(rest, ctx);
      case 'help':
        if (rest[0] === 'lint' || rest[0] === 'list' || rest[0] === 'stats' || rest[0] === 'graph' || rest[0] === 'merge-reports') return runCli([rest[0], '--help'], ctx);
        ctx.output.stdout(MAIN_HELP);
        return EXIT_OK;
      case '-h':
      case '--help':
        ctx.output.stdout(MAIN_HELP);
        return EXIT_OK;
      case '-v':
      case '--version':
        ctx.output.stdout(`${ctx.version}\n`);
        return EXIT_OK;
      case undefined:
        ctx.output.stderr(MAIN_HELP);
        return EXIT_ERROR;
      default:
        throw new CliError(
          command.startsWith('-')
            ? `unknown option '${command}'; see \`handoff --help\``
            : `unknown command '${command}', expected lint, list, stats, graph or merge-reports; see \`handoff --help\``,
        );
    }
  });
}
