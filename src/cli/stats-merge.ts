// `handoff stats --merge FILE...`: one organisation view from the `stats --format json` reports of
// several repositories. Counts, load per team and the flow between teams add up (teams of the same
// name are one team across repositories); each repository keeps a row. Medians and p90s cannot be
// combined from summaries, so the merged ones are null (shown as '-') and each row has its own.
import type { DurationBreakdown, Durations, HandoffMetrics, HandoffRef, MilestoneDurations, RuleCount } from '../core/index';
import { CliError } from './args';
import { mergeJourneys, NO_JOURNEYS } from './stats-merge-journeys';

/** What `stats --format json` prints. */
export interface StatsReport extends HandoffMetrics {
  readonly gitHistory: boolean;
  /** The repository measured: its remote URL (no credentials) or its folder name. */
  readonly repository?: string;
}

export interface RepositoryRow {
  readonly repository: string;
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly stale: number;
  readonly medianAgeDays: number | null;
  readonly errors: number;
  readonly warnings: number;
}

export interface MergedStats extends StatsReport {
  readonly repositories: readonly RepositoryRow[];
}

export function parseStatsReport(name: string, text: string): StatsReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`${name} is not a stats report: not JSON (make it with handoff stats --format json)`);
  }
  const r = value as Partial<StatsReport> | null;
  const numbers = r && [r.total, r.open, r.closed, r.overdue, r.stale, r.staleAfterDays].every((n) => typeof n === 'number');
  if (!r || !numbers || typeof r.today !== 'string' || !r.lint || !r.checklist || !r.ageDays || !r.toAccepted || !r.toDone || !r.byStatus || !r.flow) {
    throw new CliError(`${name} is not a stats report of handoff stats --format json`);
  }
  const journeys = typeof r.journeys === 'object' && r.journeys !== null ? r.journeys : NO_JOURNEYS;
  return { ...r, journeys, repository: typeof r.repository === 'string' && r.repository ? r.repository : name } as StatsReport;
}

export function mergeStats(reports: readonly StatsReport[]): MergedStats {
  if (!reports.length) throw new CliError('stats --merge needs at least one report file');
  const sum = (pick: (r: StatsReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  const checked = sum((r) => r.checklist.checked);
  const items = sum((r) => r.checklist.items);
  const flow: Record<string, Record<string, number>> = {};
  for (const r of reports) {
    for (const [from, tos] of Object.entries(r.flow)) for (const [to, n] of Object.entries(tos)) addTo((flow[from] ??= {}), to, n);
  }
  const rules = new Map<string, RuleCount>();
  for (const r of reports) {
    for (const rule of r.lint.byRule) {
      const seen = rules.get(rule.rule);
      rules.set(rule.rule, { rule: rule.rule, count: (seen?.count ?? 0) + rule.count, handoffs: (seen?.handoffs ?? 0) + rule.handoffs });
    }
  }
  const refs = (pick: (r: StatsReport) => readonly HandoffRef[]) =>
    reports.flatMap((r) => pick(r).map((ref) => ({ ...ref, path: `${shortName(r.repository!)}:${ref.path}` })));
  return {
    today: reports.map((r) => r.today).sort().at(-1)!,
    total: sum((r) => r.total),
    open: sum((r) => r.open),
    closed: sum((r) => r.closed),
    overdue: sum((r) => r.overdue),
    stale: sum((r) => r.stale),
    staleAfterDays: reports[0]!.staleAfterDays,
    byStatus: addRecords(reports.map((r) => r.byStatus), false),
    byType: addRecords(reports.map((r) => r.byType), true),
    byReceiver: addRecords(reports.map((r) => r.byReceiver), true),
    flow: Object.fromEntries(Object.entries(flow).sort(([a], [b]) => compare(a, b)).map(([from, tos]) => [from, Object.fromEntries(Object.entries(tos).sort(([a], [b]) => compare(a, b)))])),
    ageDays: countsOnly(reports.map((r) => r.ageDays)),
    ageSources: { created: sum((r) => r.ageSources.created), git: sum((r) => r.ageSources.git), unknown: sum((r) => r.ageSources.unknown) },
    toAccepted: milestone(reports.map((r) => r.toAccepted)),
    toDone: milestone(reports.map((r) => r.toDone)),
    checklist: {
      handoffs: sum((r) => r.checklist.handoffs),
      complete: sum((r) => r.checklist.complete),
      items,
      checked,
      ratio: items ? Math.round((checked / items) * 100) / 100 : null,
    },
    lint: {
      errors: sum((r) => r.lint.errors),
      warnings: sum((r) => r.lint.warnings),
      infos: sum((r) => r.lint.infos),
      handoffs: sum((r) => r.lint.handoffs),
      byRule: [...rules.values()].sort((a, b) => b.count - a.count || compare(a.rule, b.rule)),
    },
    overdueList: refs((r) => r.overdueList).sort((a, b) => b.daysOverdue - a.daysOverdue || compare(a.path, b.path)),
    staleList: refs((r) => r.staleList).sort((a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0) || compare(a.path, b.path)),
    journeys: mergeJourneys(reports.map((r) => ({ journeys: r.journeys, prefix: `${shortName(r.repository!)}:` })), countsOnly),
    gitHistory: reports.some((r) => r.gitHistory),
    repositories: reports.map((r) => ({
      repository: r.repository!,
      total: r.total,
      open: r.open,
      overdue: r.overdue,
      stale: r.stale,
      medianAgeDays: r.ageDays.median,
      errors: r.lint.errors,
      warnings: r.lint.warnings,
    })),
  };
}

/** The last segment of a URL or path, without `.git`: how lists name a repository. */
export function shortName(repository: string): string {
  return repository.replace(/\/+$/, '').split(/[/:]/).at(-1)!.replace(/\.git$/, '') || repository;
}

/** A remote URL without what must not be printed: user, password or token, query and fragment. */
export function withoutCredentials(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^/@]*@)?([^?#]*)/i.exec(url.trim());
  return match ? `${match[1]}${match[2]}` : url.trim();
}

function addTo(record: Record<string, number>, key: string, n: number): void {
  record[key] = (record[key] ?? 0) + n;
}

function addRecords(records: readonly Readonly<Record<string, number>>[], byCount: boolean): Record<string, number> {
  const total: Record<string, number> = {};
  for (const record of records) for (const [key, n] of Object.entries(record)) addTo(total, key, n);
  if (!byCount) return total;
  return Object.fromEntries(Object.entries(total).sort(([a, x], [b, y]) => y - x || compare(a, b)));
}

function countsOnly(all: readonly Durations[]): Durations {
  const count = all.reduce((n, d) => n + d.count, 0);
  const only = all.filter((d) => d.count > 0);
  return only.length === 1 ? only[0]! : { count, median: null, p90: null };
}

function milestone(all: readonly MilestoneDurations[]): MilestoneDurations {
  const sum = (pick: (s: MilestoneDurations['sources']) => number) => all.reduce((n, d) => n + (d.sources ? pick(d.sources) : 0), 0);
  return { ...breakdown(all), sources: { stamp: sum((s) => s.stamp), git: sum((s) => s.git), unknown: sum((s) => s.unknown) } };
}

function breakdown(all: readonly DurationBreakdown[]): DurationBreakdown {
  const keyed = (pick: (d: DurationBreakdown) => Readonly<Record<string, Durations>>) => {
    const keys = [...new Set(all.flatMap((d) => Object.keys(pick(d))))].sort(compare);
    return Object.fromEntries(keys.map((k) => [k, countsOnly(all.map((d) => pick(d)[k] ?? { count: 0, median: null, p90: null }))]));
  };
  return { ...countsOnly(all), byType: keyed((d) => d.byType), byReceiver: keyed((d) => d.byReceiver) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
