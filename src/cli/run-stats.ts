// `handoff stats [paths]`: handoff health — counts, load per team, flow, ages, time to accept and
// to done, checklists, frequent problems — as text, JSON or Markdown (a PR comment, a weekly report).
import { computeMetrics, dirname, isExcludedByConfig, join, journeyFacts, lintWorkspace, summarizeHeader, lintDocument, parseHandoff, summarizeHandoff, type GitRunner, type HandoffConfig, type HandoffHistory, type MetricsEntry } from '../core/index';
import { nodeGit } from '../node/git-runner';
import { booleanOption, choiceOption, CliError, parseArgs, stringOption } from './args';
import { formatStatsMarkdown } from './formatters/stats-markdown';
import { formatStatsText } from './formatters/stats-text';
import { readHistory } from './stats-git';
import { ConfigResolver } from './config-resolver';
import { EXIT_OK, guarded, today, type CliContext } from './context';
import { displayPath, repositoryName } from './repository';
import { mergeStats, parseStatsReport, type StatsReport } from './stats-merge';
import { repositoriesMarkdown, repositoriesText } from './formatters/stats-repositories';
import { scanForCli } from './scan';
import { cacheFolder } from './cache-folder';
import { FactsCache } from './facts-cache';
import { resolveTargets } from './targets';
import { resolveLinkTargets } from './journey-targets';

export const STATS_FORMATS = ['text', 'json', 'markdown'] as const;

export const STATS_HELP = `Usage: handoff stats [paths or globs...] [options]

Measures the health of the handoffs under the given files and folders (default: the current
folder): how many are open, overdue and stale (open longer than stale_after_days), the open load
per receiving team, the flow from team to team, the age of open handoffs, the time from created
to accepted and to done per type and team, checklist completion, the most frequent problems (the
cross-document ones included, as handoff lint counts them), and journeys (handoffs linked by
follows): in progress and complete, end to end, the stage they wait in longest, and the handoffs
whose next handoff was never written (missing-next).

\`--format json\` names its repository: the URL of its \`origin\` remote (without credentials), else
the name of its folder.

Ages count from \`created\`; a handoff without one is dated by the commit that first added it.
The time to done comes from git history (the commit that set the current status). Git runs once
per folder over all its handoffs; outside a git repository those numbers are simply left out.

Options:
  --format FORMAT     text (default), json or markdown (for a pull-request comment or a report)
  --no-git            do not read git history (json names the repository by its folder)
  --merge FILE...     combine the json reports of several repositories (handoff stats --format
                      json > FILE in each) into one, with a row per repository
  --today YYYY-MM-DD  the date that due dates and ages are measured against (default: today)
  --config FILE       config file for every file (default: the nearest .handoff.yml or
                      .handoff.yaml in the file's folder or a folder above it)
  --cache             remember each handoff's parse and lint results (by content, config and tool
                      version) and redo only what changed since the last --cache run
  --cache-location DIR  where --cache keeps them (default: node_modules/.cache/handoff/ under
                      the repository root)
  -h, --help          show this help

Exit codes: 0 measured (even with no handoffs), 2 bad usage. Config problems go to stderr.
`;

export interface StatsDependencies {
  /** Runs git; tests inject their own. */
  readonly git?: GitRunner;
}

/** Returns the exit code; every error ends as one line on stderr and code 2. */
export function runStats(argv: readonly string[], ctx: CliContext, deps: StatsDependencies = {}): Promise<number> {
  return guarded(ctx, () => stats(argv, ctx, deps.git ?? nodeGit()));
}

async function stats(argv: readonly string[], ctx: CliContext, git: GitRunner): Promise<number> {
  const args = parseArgs(argv, {
    command: 'handoff stats',
    options: { format: 'string', config: 'string', today: 'string', 'no-git': 'boolean', merge: 'boolean', cache: 'boolean', 'cache-location': 'string', help: 'boolean' },
    aliases: { h: 'help' },
  });
  if (booleanOption(args, 'help')) {
    ctx.output.stdout(STATS_HELP);
    return EXIT_OK;
  }
  const format = choiceOption(args, 'format', STATS_FORMATS, 'text');
  if (booleanOption(args, 'merge')) return mergeReports(ctx, args.positionals, format);
  const configs = new ConfigResolver(ctx, stringOption(args, 'config'));
  const fallback = await configs.forFolder(ctx.cwd);
  const targets = await resolveTargets(ctx, args.positionals);
  const scan = await scanForCli(ctx, targets);
  const day = today(ctx, args, fallback.timeZone);

  const entries: MetricsEntry[] = [];
  const configOf = new Map<string, HandoffConfig>();
  const cache = booleanOption(args, 'cache') ? await FactsCache.open(ctx, await cacheFolder(ctx, args), 'stats') : undefined;
  for (const handoff of scan.handoffs) {
    const found = await configs.inForce(handoff.path);
    if (isExcludedByConfig(found, handoff.path)) continue;
    const config = found.config;
    const path = displayPath(ctx, handoff.path);
    configOf.set(path, config);
    const options = { config, today: day };
    if (cache) {
      const facts = cache.facts(handoff.path, handoff.text, handoff.header, found, day);
      const summary = { ...summarizeHeader(handoff.header, config, day), title: facts.title, checklist: facts.checklist };
      // From the front-matter: a disable comment in the body is not seen (as for another shard's files in lint).
      entries.push({ path, summary, issues: facts.issues!.map((issue) => ({ ...issue, fixes: [] })), journey: journeyFacts(handoff.header, handoff.path, options) });
      continue;
    }
    const doc = parseHandoff(handoff.text);
    entries.push({ path, summary: summarizeHandoff(doc, config, day), issues: lintDocument(doc, options), journey: journeyFacts(doc, handoff.path, options) });
  }
  await cache?.save(ctx, (path) => targets.includes(path));

  configs.reportProblems();
  await addJourneyIssues(ctx, entries, day);
  let history: HandoffHistory | undefined;
  if (!booleanOption(args, 'no-git') && scan.handoffs.length) {
    const files = scan.handoffs.map((h) => h.path);
    const isFile = new Set(files);
    const folders = targets.roots.map((r) => (isFile.has(r.path) ? dirname(r.path) : r.path));
    history = await readHistory(git, folders, files, (f) => displayPath(ctx, f));
  }

  const metrics = computeMetrics(entries, { config: (p) => configOf.get(p) ?? fallback, today: day, history });
  const gitHistory = history !== undefined && (history.firstSeen.size > 0 || history.statusChanges.size > 0);
  const repository = await repositoryName(ctx, booleanOption(args, 'no-git') ? undefined : git);
  const output =
    format === 'json'
      ? `${JSON.stringify({ ...metrics, gitHistory, repository }, null, 2)}\n`
      : format === 'markdown'
        ? formatStatsMarkdown(metrics, { gitHistory })
        : formatStatsText(metrics, { gitHistory });
  ctx.output.stdout(output);
  return EXIT_OK;
}

/** The cross-document problems (broken-link, follows-cycle, missing-next) join each entry's own, as in `handoff lint`. */
async function addJourneyIssues(ctx: CliContext, entries: MetricsEntry[], today: string): Promise<void> {
  const handoffs = entries.flatMap((e) => (e.journey ? [e.journey] : []));
  const found = lintWorkspace(handoffs, { targets: await resolveLinkTargets(ctx.fs, handoffs), today });
  for (const [i, e] of entries.entries()) {
    const more = e.journey && found.get(e.journey.file);
    if (more) entries[i] = { ...e, issues: [...(e.issues ?? []), ...more] };
  }
}

/** `--merge FILE...`: the organisation view. */
async function mergeReports(ctx: CliContext, files: readonly string[], format: (typeof STATS_FORMATS)[number]): Promise<number> {
  const reports: StatsReport[] = [];
  for (const name of files) {
    let bytes: Uint8Array;
    try {
      bytes = await ctx.fs.readFile(join(ctx.cwd, name.replace(/\\/g, '/')));
    } catch {
      throw new CliError(`cannot read stats report ${name}`);
    }
    reports.push(parseStatsReport(name, new TextDecoder().decode(bytes)));
  }
  const merged = mergeStats(reports);
  const days = new Set(reports.map((r) => r.today));
  if (days.size > 1) ctx.output.stderr(`handoff: note: the reports were made on different days (${[...days].sort().join(', ')})\n`);
  const options = { gitHistory: merged.gitHistory };
  ctx.output.stdout(
    format === 'json'
      ? `${JSON.stringify(merged, null, 2)}\n`
      : format === 'markdown'
        ? formatStatsMarkdown(merged, options) + repositoriesMarkdown(merged.repositories)
        : formatStatsText(merged, options) + repositoriesText(merged.repositories),
  );
  return EXIT_OK;
}
