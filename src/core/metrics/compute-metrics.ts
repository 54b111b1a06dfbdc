// Handoff health: where work piles up, what is aging, what is incomplete. A pure function of the
// handoff summaries (and their lint issues), the config, today and, optionally, git history.
import { DEFAULT_STALE_AFTER_DAYS, statusPhase, type HandoffConfig } from '../config/types';
import type { HandoffSummary } from '../index/summary';
import type { LintIssue } from '../lint/rule';
import { daysBetween, isValidDate } from '../util/dates';
import { isDoneStatus } from '../workflow/transitions';
import type { HandoffHistory } from './git-history';
import { Breakdown, compareNames, Counter, NONE, type DurationBreakdown, type MilestoneDurations } from './breakdown';
import { durations, type Durations } from './stats';
import { journeyMetrics, type JourneyEntry, type JourneyMetrics } from './journey-metrics';

export { NONE };
export type { DurationBreakdown, MilestoneDurations };

/** One handoff as the metrics see it; an IndexedHandoff is one. */
export interface MetricsEntry extends JourneyEntry {
  /** Identifies the file: a path or a URI, as the adapter keys its handoffs (and the history). */
  readonly path: string;
  readonly summary: HandoffSummary;
  /** Its problems, the cross-document ones (lintWorkspace) included, so the counts equal `handoff lint`'s. */
  readonly issues?: readonly LintIssue[];
}

export interface MetricsOptions {
  /** The config in force for an entry (statuses, `stale_after_days`); one config for all, or per path. */
  readonly config: HandoffConfig | ((path: string) => HandoffConfig);
  /** YYYY-MM-DD, injected so results are reproducible. */
  readonly today: string;
  /** Git's first-seen dates (ages of handoffs without `created`) and status changes (done dates). */
  readonly history?: HandoffHistory;
}

/** A handoff in the overdue and stale lists. */
export interface HandoffRef {
  readonly path: string;
  readonly title: string | null;
  readonly type: string | null;
  readonly status: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly assignee: string | null;
  readonly due: string | null;
  /** Days since `created` (else since git first saw the file); null when neither is known. */
  readonly ageDays: number | null;
  /** Days past `due`; 0 when not overdue. */
  readonly daysOverdue: number;
}

export interface RuleCount {
  readonly rule: string;
  /** Problems reported by the rule. */
  readonly count: number;
  /** Handoffs with at least one of them. */
  readonly handoffs: number;
}

export interface HandoffMetrics {
  readonly today: string;
  readonly total: number;
  /** Handoffs not in a closed status (a missing or unknown status counts as open). */
  readonly open: number;
  readonly closed: number;
  /** Open and past their due date (`due`, else `created` + the type's `sla_days`). */
  readonly overdue: number;
  /** Waiting (handed over, not taken) and older than `stale_after_days`, as the `stale` rule. */
  readonly stale: number;
  /** The `stale_after_days` in force (of the first handoff's config when they differ). */
  readonly staleAfterDays: number;
  /** All handoffs per status: configured statuses in config order, then any others by name. */
  readonly byStatus: Readonly<Record<string, number>>;
  /** All handoffs per type, most first. */
  readonly byType: Readonly<Record<string, number>>;
  /** Open handoffs per receiving team (`to`): the load waiting on each team, most first. */
  readonly byReceiver: Readonly<Record<string, number>>;
  /** Open handoffs from sending team → receiving team → count, both by name. */
  readonly flow: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Age in days of the open handoffs whose age is known. */
  readonly ageDays: Durations;
  /** Where the open handoffs' ages came from. */
  readonly ageSources: { readonly created: number; readonly git: number; readonly unknown: number };
  /**
   * `created` (else git's first-seen date) → accepted, for handoffs that were accepted (an
   * `accepted_at`, or the status `accepted` or done): `accepted_at`, else the first commit that
   * changed the status to `accepted`.
   */
  readonly toAccepted: MilestoneDurations;
  /**
   * `created` (else git's first-seen date) → done, for handoffs in a closed status other than
   * `cancelled`: `done_at`, else the last commit that changed the status to the current one.
   */
  readonly toDone: MilestoneDurations;
  /** Checklist items of the open handoffs that have a checklist. */
  readonly checklist: {
    readonly handoffs: number;
    /** Open handoffs whose checklist is fully checked. */
    readonly complete: number;
    readonly items: number;
    readonly checked: number;
    /** checked / items, 0..1 with two decimals; null without items. */
    readonly ratio: number | null;
  };
  readonly lint: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** Handoffs with at least one problem. */
    readonly handoffs: number;
    /** Most frequent first. */
    readonly byRule: readonly RuleCount[];
  };
  /** Open handoffs past due, most overdue first. */
  readonly overdueList: readonly HandoffRef[];
  /** Stale handoffs, oldest first. */
  readonly staleList: readonly HandoffRef[];
  /** Journeys (handoffs linked by `follows`) of the entries with journey facts, and the dropped handoffs. */
  readonly journeys: JourneyMetrics;
}

export function computeMetrics(entries: readonly MetricsEntry[], options: MetricsOptions): HandoffMetrics {
  const { today, history } = options;
  const configOf = typeof options.config === 'function' ? options.config : () => options.config as HandoffConfig;
  const firstConfig = entries[0] ? configOf(entries[0].path) : typeof options.config === 'function' ? undefined : options.config;

  const byStatus = new Counter();
  const byType = new Counter();
  const byReceiver = new Counter();
  const flow = new Map<string, Counter>();
  const ages: number[] = [];
  const ageSources = { created: 0, git: 0, unknown: 0 };
  const accepted = new Breakdown();
  const done = new Breakdown();
  const checklist = { handoffs: 0, complete: 0, items: 0, checked: 0 };
  const overdueList: HandoffRef[] = [];
  const staleList: HandoffRef[] = [];
  let open = 0;

  for (const entry of entries) {
    const s = entry.summary;
    const config = configOf(entry.path);
    byStatus.add(s.status ?? NONE);
    byType.add(s.type ?? NONE);
    const created = validDate(s.created);
    const start = created ?? validDate(history?.firstSeen.get(entry.path));
    const changes = history?.statusChanges.get(entry.path) ?? [];
    const finished = isDone(s.status, config);

    if (validDate(s.acceptedAt) || finished || s.status === 'accepted') {
      // The first acceptance: a handoff accepted, returned and accepted again waited until the first.
      const git = changes.filter((c) => c.status.toLowerCase() === 'accepted').at(-1);
      accepted.add(s, start, validDate(s.acceptedAt), validDate(git?.date));
    }
    if (finished) {
      const git = changes.find((c) => c.status.toLowerCase() === s.status!.toLowerCase());
      done.add(s, start, validDate(s.doneAt), validDate(git?.date));
    }

    if (!s.open) continue;
    open++;
    byReceiver.add(s.to ?? NONE);
    const from = s.from ?? NONE;
    if (!flow.has(from)) flow.set(from, new Counter());
    flow.get(from)!.add(s.to ?? NONE);

    const since = created ?? validDate(history?.firstSeen.get(entry.path));
    const age = since === undefined ? null : Math.max(0, daysBetween(since, today));
    if (age !== null) ages.push(age);
    ageSources[created ? 'created' : since ? 'git' : 'unknown']++;

    if (s.checklist.total > 0) {
      checklist.handoffs++;
      checklist.items += s.checklist.total;
      checklist.checked += s.checklist.done;
      if (s.checklist.done === s.checklist.total) checklist.complete++;
    }

    const due = validDate(s.due);
    const daysOverdue = due && due < today ? daysBetween(due, today) : 0;
    const ref = (): HandoffRef => toRef(entry, age, daysOverdue);
    if (daysOverdue > 0) overdueList.push(ref());
    // As the `stale` rule: only a handoff nobody has taken yet (waiting) goes stale.
    if (age !== null && age > config.staleAfterDays && statusPhase(config.statuses, s.status) === 'waiting') staleList.push(ref());
  }

  const statusOrder = firstConfig ? [...firstConfig.statuses.open, ...firstConfig.statuses.closed] : [];
  return {
    today,
    total: entries.length,
    open,
    closed: entries.length - open,
    overdue: overdueList.length,
    stale: staleList.length,
    staleAfterDays: firstConfig?.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    byStatus: byStatus.ordered(statusOrder),
    byType: byType.byCount(),
    byReceiver: byReceiver.byCount(),
    flow: Object.fromEntries([...flow].sort(([a], [b]) => compareNames(a, b)).map(([from, to]) => [from, to.byName()])),
    ageDays: durations(ages),
    ageSources,
    toAccepted: accepted.result(),
    toDone: done.result(),
    checklist: { ...checklist, ratio: checklist.items ? Math.round((checklist.checked / checklist.items) * 100) / 100 : null },
    lint: lintSummary(entries),
    overdueList: overdueList.sort((a, b) => b.daysOverdue - a.daysOverdue || compareNames(a.path, b.path)),
    staleList: staleList.sort((a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0) || compareNames(a.path, b.path)),
    journeys: journeyMetrics(entries, today, history),
  };
}

function isDone(status: string | undefined, config: HandoffConfig): status is string {
  return status !== undefined && isDoneStatus(status, config);
}

function lintSummary(entries: readonly MetricsEntry[]): HandoffMetrics['lint'] {
  const counts = new Map<string, { count: number; files: Set<string> }>();
  const severities = { error: 0, warning: 0, info: 0 };
  let handoffs = 0;
  for (const entry of entries) {
    const issues = entry.issues ?? [];
    if (issues.length) handoffs++;
    for (const issue of issues) {
      severities[issue.severity]++;
      const c = counts.get(issue.ruleId) ?? { count: 0, files: new Set<string>() };
      c.count++;
      c.files.add(entry.path);
      counts.set(issue.ruleId, c);
    }
  }
  const byRule = [...counts]
    .map(([rule, c]) => ({ rule, count: c.count, handoffs: c.files.size }))
    .sort((a, b) => b.count - a.count || compareNames(a.rule, b.rule));
  return { errors: severities.error, warnings: severities.warning, infos: severities.info, handoffs, byRule };
}

function toRef(entry: MetricsEntry, ageDays: number | null, daysOverdue: number): HandoffRef {
  const s = entry.summary;
  return {
    path: entry.path,
    title: s.title ?? null,
    type: s.type ?? null,
    status: s.status ?? null,
    from: s.from ?? null,
    to: s.to ?? null,
    assignee: s.assignee ?? null,
    due: s.due ?? null,
    ageDays,
    daysOverdue,
  };
}

function validDate(value: string | undefined): string | undefined {
  return value !== undefined && isValidDate(value) ? value : undefined;
}
