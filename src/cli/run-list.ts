// `handoff list [paths]`: the handoffs awaiting someone, as a table or JSON. Filters run on the
// front-matter alone; only the handoffs listed have their Markdown read, and only for their title
// and checklist counts (the block scanner's outline, no document model).
import { allStatuses, buildJourneyGraph, isValidDate, journeyFacts, matchesPerson, readChecklistOutline, summarizeHeader, summarizeWithOutline, type GitRunner, type HandoffSummary, type JourneyFacts } from '../core/index';
import { booleanOption, choiceOption, CliError, parseArgs, stringOption } from './args';
import { displayWidth, padToWidth, truncateToWidth } from './display-width';
import { nodeGit } from '../node/git-runner';
import { escapeControl } from './terminal';
import { ConfigResolver } from './config-resolver';
import { EXIT_OK, guarded, plural, today, type CliContext } from './context';
import { displayPath } from './repository';
import { forEachHandoff } from './scan';
import { resolveTargets } from './targets';
import { cacheFolder } from './cache-folder';
import { FactsCache, type DocumentFacts } from './facts-cache';

export const LIST_FORMATS = ['text', 'json'] as const;

export const LIST_HELP = `Usage: handoff list [paths or globs...] [options]

Lists the open handoffs under the given files and folders (default: the current folder),
earliest due first. Open means any status the config does not list as closed: by default
draft, open, accepted and returned are open, done and cancelled are closed.

Options:
  --status S[,S...]   only handoffs with one of these statuses (closed ones included)
  --assignee X        only handoffs assigned to X: the whole value or the part before the @,
                      case-insensitive (priya finds priya@example.com); \`me\` is you
                      (HANDOFF_ME, else git config user.email)
  --owner X           only handoffs owned (sent) by X, matched the same way
  --overdue           only open handoffs past their due date
  --all               closed handoffs too
  --journey NAME      only the handoffs of this journey (case-insensitive), closed ones included
  --format FORMAT     text (default) or json
  --today YYYY-MM-DD  the date that due dates and ages are measured against (default: today)
  --config FILE       config file for every file (default: the nearest .handoff.yml or
                      .handoff.yaml in the file's folder or a folder above it)
  --cache             remember each handoff's checklist counts (by content, config and tool
                      version) and parse only what changed since the last --cache run
  --cache-location DIR  where --cache keeps them (default: node_modules/.cache/handoff/ under
                      the repository root)
  -h, --help          show this help

Exit codes: 0 listed (even when nothing matches), 2 bad usage. Config problems go to stderr.
`;

/** One row of `--format json`: missing values are null. */
export interface ListEntry {
  readonly file: string;
  readonly type: string | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly owner: string | null;
  readonly assignee: string | null;
  readonly due: string | null;
  readonly overdue: boolean;
  readonly checklist: { readonly done: number; readonly total: number };
  /** The handoffs this one follows (as in \`file\`), whether or not they exist. */
  readonly follows: readonly string[];
  /** The name of its journey; null for a handoff linked to none that names none. */
  readonly journey: string | null;
}

/** Returns the exit code; every error ends as one line on stderr and code 2. */
export interface ListDeps {
  /** Runs git (for \`me\`: git config user.email); tests inject their own. */
  readonly git?: GitRunner;
}

export function runList(argv: readonly string[], ctx: CliContext, deps: ListDeps = {}): Promise<number> {
  return guarded(ctx, () => list(argv, ctx, deps.git ?? nodeGit()));
}

async function list(argv: readonly string[], ctx: CliContext, git: GitRunner): Promise<number> {
  const args = parseArgs(argv, {
    command: 'handoff list',
    options: { status: 'string', assignee: 'string', owner: 'string', overdue: 'boolean', all: 'boolean', journey: 'string', format: 'string', config: 'string', today: 'string', cache: 'boolean', 'cache-location': 'string', help: 'boolean' },
    aliases: { h: 'help' },
  });
  if (booleanOption(args, 'help')) {
    ctx.output.stdout(LIST_HELP);
    return EXIT_OK;
  }
  const format = choiceOption(args, 'format', LIST_FORMATS, 'text');
  const statuses = stringOption(args, 'status')
    ?.split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const assignee = await person(stringOption(args, 'assignee'), ctx, git);
  const owner = await person(stringOption(args, 'owner'), ctx, git);
  const overdueOnly = booleanOption(args, 'overdue');
  const journey = stringOption(args, 'journey')?.trim().toLowerCase();
  const all = booleanOption(args, 'all') || journey !== undefined;
  const configs = new ConfigResolver(ctx, stringOption(args, 'config'));
  const here = await configs.forFolder(ctx.cwd);
  const known = allStatuses(here.statuses);
  for (const status of statuses ?? []) {
    if (!known.includes(status)) ctx.output.stderr(`handoff: note: '${status}' is not a configured status (${known.join(', ')})\n`);
  }
  const targets = await resolveTargets(ctx, args.positionals);
  const day = today(ctx, args, here.timeZone);

  // Journeys need every handoff's links, from its front-matter; only the listed ones are parsed.
  const cache = booleanOption(args, 'cache') ? await FactsCache.open(ctx, await cacheFolder(ctx, args), 'list') : undefined;
  const listed: { path: string; entry: Omit<ListEntry, 'follows' | 'journey'> }[] = [];
  const handoffs: JourneyFacts[] = [];
  await forEachHandoff(ctx, targets, configs, (handoff, config, found) => {
    const facts = journeyFacts(handoff.header, handoff.path, { config, today: day });
    if (facts) handoffs.push(facts);
    const header = summarizeHeader(handoff.header, config, day);
    if (statuses ? !statuses.includes(header.status?.toLowerCase() ?? '') : !all && !header.open) return;
    if (assignee !== undefined && !matchesPerson(header.assignee, assignee)) return;
    if (owner !== undefined && !matchesPerson(header.owner, owner)) return;
    if (overdueOnly && !header.overdue) return;
    const summary = cache
      ? { ...header, ...pickTitleAndChecklist(cache.facts(handoff.path, handoff.text, handoff.header, found)) }
      : summarizeWithOutline(handoff.header, readChecklistOutline(handoff.header), config, day);
    listed.push({ path: handoff.path, entry: toEntry(displayPath(ctx, handoff.path), summary) });
  });
  await cache?.save(ctx, (path) => targets.includes(path));
  configs.reportProblems();
  const graph = buildJourneyGraph(handoffs);
  const entries: ListEntry[] = listed
    .map(({ path, entry }) => ({
      ...entry,
      follows: (graph.nodes.get(path)?.follows ?? []).flatMap((f) => (f.path === undefined ? [] : [displayPath(ctx, f.path)])),
      journey: graph.journeyOf.get(path)?.name ?? null,
    }))
    .filter((e) => journey === undefined || e.journey?.toLowerCase() === journey);
  entries.sort(byDue);
  ctx.output.stdout(format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : formatTable(entries, { all: all || statuses !== undefined }));
  return EXIT_OK;
}

function pickTitleAndChecklist(facts: DocumentFacts): Pick<HandoffSummary, 'title' | 'checklist'> {
  return { title: facts.title, checklist: facts.checklist };
}

/** The person an --assignee/--owner value asks for; \`me\` is HANDOFF_ME, else git's user.email. */
async function person(value: string | undefined, ctx: CliContext, git: GitRunner): Promise<string | undefined> {
  const v = value?.trim().replace(/^@/, '');
  if (!v || v.toLowerCase() !== 'me') return v || undefined;
  const me = ctx.env?.HANDOFF_ME?.trim() || (await git.run(['config', 'user.email'], ctx.cwd).catch(() => undefined))?.trim();
  if (!me) throw new CliError("'me' needs HANDOFF_ME or git config user.email to say who you are");
  return me;
}

function toEntry(file: string, s: HandoffSummary): Omit<ListEntry, 'follows' | 'journey'> {
  return {
    file,
    type: s.type ?? null,
    title: s.title ?? null,
    status: s.status ?? null,
    from: s.from ?? null,
    to: s.to ?? null,
    owner: s.owner ?? null,
    assignee: s.assignee ?? null,
    due: s.due ?? null,
    overdue: s.overdue,
    checklist: s.checklist,
  };
}

/** Earliest valid due date first, then handoffs without one; ties by file. */
function byDue(a: ListEntry, b: ListEntry): number {
  const da = a.due !== null && isValidDate(a.due) ? a.due : '\uffff';
  const db = b.due !== null && isValidDate(b.due) ? b.due : '\uffff';
  return da < db ? -1 : da > db ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

const MAX_TITLE = 48;

export function formatTable(entries: readonly ListEntry[], options: { all: boolean }): string {
  if (!entries.length) return options.all ? 'No handoffs match.\n' : 'No open handoffs.\n';
  const dash = (v: string | null) => v ?? '-';
  const header = ['TITLE', 'TYPE', 'STATUS', 'FROM → TO', 'ASSIGNEE', 'DUE', 'CHECKLIST', 'FILE'];
  const rows = entries.map((e) => [
    truncateToWidth(dash(e.title).replace(/\s+/g, ' '), MAX_TITLE),
    dash(e.type),
    dash(e.status),
    `${dash(e.from)} → ${dash(e.to)}`,
    dash(e.assignee),
    e.due === null ? '-' : !isValidDate(e.due) ? `${e.due} INVALID` : e.overdue ? `${e.due} OVERDUE` : e.due,
    e.checklist.total ? `${e.checklist.done}/${e.checklist.total}` : '-',
    e.file,
  ].map(escapeControl));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padToWidth(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const overdue = entries.filter((e) => e.overdue).length;
  const footer = `${plural(entries.length, options.all ? 'handoff' : 'open handoff')}${overdue ? `, ${overdue} overdue` : ''}`;
  return `${[line(header), ...rows.map(line), '', footer].join('\n')}\n`;
}
