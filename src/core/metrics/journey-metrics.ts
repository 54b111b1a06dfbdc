// Journey health: which journeys (handoffs linked by `follows`) are still moving, how long finished
// ones took end to end, which stage they wait in longest, and which handoffs were dropped (the
// `missing-next` problems the entries carry: never recomputed here, so the list is exactly lint's).
import type { HandoffSummary } from '../index/summary';
import type { JourneyFacts } from '../journey/facts';
import { buildJourneyGraph, type Journey } from '../journey/graph';
import type { LintIssue } from '../lint/rule';
import { daysBetween, isValidDate } from '../util/dates';
import { compareNames, NONE } from './breakdown';
import type { HandoffHistory } from './git-history';
import { durations, type Durations } from './stats';

/** What journey metrics read of a handoff; a MetricsEntry (and an IndexedHandoff) is one. */
export interface JourneyEntry {
  readonly path: string;
  readonly summary: HandoffSummary;
  /** Its problems, cross-document ones included: the `missing-next` ones are the dropped handoffs. */
  readonly issues?: readonly LintIssue[];
  /** Its journey facts; a handoff without them is in no journey. */
  readonly journey?: JourneyFacts;
}

/**
 * Where a journey stands, from its last stages (the handoffs no other handoff of it follows):
 * - `dropped`: a last stage has a `missing-next` problem (its next handoff is late, never written);
 * - `in-progress`: else a last stage is still open (draft, open, returned) or accepted, or is done
 *   and its type expects a `next` handoff that is not late yet;
 * - `complete`: else at least one last stage is done;
 * - `cancelled`: every last stage was abandoned.
 */
export type JourneyState = 'in-progress' | 'dropped' | 'complete' | 'cancelled';

export interface JourneyRow {
  readonly name: string;
  /** The entry path of its first stage. */
  readonly path: string;
  readonly stages: number;
  readonly state: JourneyState;
  /** The last stage in stage order: where the journey is now. */
  readonly current: { readonly path: string; readonly title: string | null; readonly type: string | null; readonly status: string | null };
  /** Complete: end-to-end days (null when unknown); otherwise days since its first `created` (so far). */
  readonly days: number | null;
}

/** A handoff whose next handoff was never written: one `missing-next` problem. */
export interface DroppedHandoff {
  readonly path: string;
  readonly title: string | null;
  readonly type: string | null;
  readonly status: string | null;
  readonly to: string | null;
  /** When its stage ended and how many days ago, as the problem says. */
  readonly since: string | null;
  readonly days: number | null;
  /** The problem's message. */
  readonly message: string;
}

export interface JourneyMetrics {
  readonly total: number;
  readonly inProgress: number;
  readonly complete: number;
  readonly dropped: number;
  readonly cancelled: number;
  /**
   * Complete journeys: the earliest `created` of their stages (else git's first-seen date) → the
   * latest end of their last stages (`done_at`, else the commit that set the done status). A
   * journey with an unknown start or end is `unknown` and left out of the median.
   */
  readonly endToEnd: Durations & { readonly sources: { readonly stamp: number; readonly git: number; readonly unknown: number } };
  /**
   * Days in stage per type of the stage's handoff, longest median first: a done stage counts
   * `created` → its end (as end to end; unknown ends left out), an open or accepted one its days so far
   * (it is waiting now); cancelled stages do not count.
   */
  readonly byStage: Readonly<Record<string, Durations>>;
  /** The first of `byStage`: where journeys wait longest; null without any stage. */
  readonly slowestStage: string | null;
  /** Handoffs with a `missing-next` problem, longest waiting first; journeys or not. */
  readonly droppedList: readonly DroppedHandoff[];
  /** Every journey: in progress, dropped, complete, cancelled; each longest first. */
  readonly list: readonly JourneyRow[];
}

const STATE_ORDER: readonly JourneyState[] = ['in-progress', 'dropped', 'complete', 'cancelled'];

export function journeyMetrics(entries: readonly JourneyEntry[], today: string, history?: HandoffHistory): JourneyMetrics {
  const byFile = new Map<string, JourneyEntry>();
  for (const e of entries) if (e.journey) byFile.set(e.journey.file, e);
  const graph = buildJourneyGraph([...byFile.values()].map((e) => e.journey!));
  const dropped = entries.flatMap((e) => (e.issues ?? []).filter((i) => i.ruleId === 'missing-next').slice(0, 1).map((i) => droppedHandoff(e, i)));
  const droppedPaths = new Set(dropped.map((d) => d.path));
  const counts = { 'in-progress': 0, dropped: 0, complete: 0, cancelled: 0 };
  const ends: number[] = [];
  const sources = { stamp: 0, git: 0, unknown: 0 };
  const stageDays = new Map<string, number[]>();
  const list: JourneyRow[] = [];

  for (const journey of graph.journeys) {
    const stages = journey.files.map((f) => byFile.get(f)!);
    const last = lastStages(journey, graph.followers).map((f) => byFile.get(f)!);
    const state = stateOf(last, droppedPaths);
    counts[state]++;
    const starts = stages.map((s) => startOf(s, history)).filter((d): d is string => d !== undefined).sort();
    const start = starts.length === stages.length ? starts[0] : undefined;
    let days: number | null = start === undefined ? null : Math.max(0, daysBetween(start, today));
    if (state === 'complete') {
      // Complete means a last stage is done, so `finished` is never empty.
      const finished = last.filter((s) => s.journey!.phase === 'done').map((s) => doneOf(s, history));
      const known = finished.filter((f) => f !== undefined);
      const end = known.length === finished.length ? known.reduce((a, b) => (b.date > a.date ? b : a)) : undefined;
      if (start === undefined || end === undefined || end.date < start) {
        sources.unknown++;
        days = null;
      } else {
        sources[end.source]++;
        days = daysBetween(start, end.date);
        ends.push(days);
      }
    }
    for (const stage of stages) {
      const d = daysInStage(stage, today, history);
      if (d !== undefined) push(stageDays, stage.summary.type ?? NONE, d);
    }
    const now = byFile.get(journey.files.at(-1)!)!;
    list.push({
      name: journey.name,
      path: stages[0]!.path,
      stages: stages.length,
      state,
      current: { path: now.path, title: now.summary.title ?? null, type: now.summary.type ?? null, status: now.summary.status ?? null },
      days,
    });
  }

  const byStage = [...stageDays]
    .map(([type, values]) => [type, durations(values)] as const)
    .sort(([a, x], [b, y]) => (y.median ?? -1) - (x.median ?? -1) || compareNames(a, b));
  return {
    total: graph.journeys.length,
    inProgress: counts['in-progress'],
    complete: counts.complete,
    dropped: counts.dropped,
    cancelled: counts.cancelled,
    endToEnd: { ...durations(ends), sources },
    byStage: Object.fromEntries(byStage),
    slowestStage: byStage[0]?.[0] ?? null,
    droppedList: dropped.sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || compareNames(a.path, b.path)),
    list: list.sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || (b.days ?? -1) - (a.days ?? -1) || compareNames(a.name, b.name)),
  };
}

/** Its handoffs no other follows (all of them when a cycle leaves none). */
function lastStages(journey: Journey, followers: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const last = journey.files.filter((f) => !(followers.get(f)?.length));
  return last.length ? last : journey.files;
}

function stateOf(last: readonly JourneyEntry[], dropped: ReadonlySet<string>): JourneyState {
  if (last.some((s) => dropped.has(s.path))) return 'dropped';
  const waiting = (f: JourneyFacts) => f.phase === 'open' || f.phase === 'accepted' || (f.phase === 'done' && f.next.length > 0);
  if (last.some((s) => waiting(s.journey!))) return 'in-progress';
  return last.some((s) => s.journey!.phase === 'done') ? 'complete' : 'cancelled';
}

/** `created`, else the date git first saw the file (as the metrics' ages). */
function startOf(entry: JourneyEntry, history: HandoffHistory | undefined): string | undefined {
  return validDate(entry.summary.created) ?? validDate(history?.firstSeen.get(entry.path));
}

/** When a done handoff was done, as `toDone` reads it: `done_at`, else the commit that set its status. */
function doneOf(entry: JourneyEntry, history: HandoffHistory | undefined): { date: string; source: 'stamp' | 'git' } | undefined {
  const stamp = validDate(entry.summary.doneAt);
  if (stamp) return { date: stamp, source: 'stamp' };
  const status = entry.summary.status?.toLowerCase();
  const git = validDate(history?.statusChanges.get(entry.path)?.find((c) => c.status.toLowerCase() === status)?.date);
  return git ? { date: git, source: 'git' } : undefined;
}

function daysInStage(stage: JourneyEntry, today: string, history: HandoffHistory | undefined): number | undefined {
  const start = startOf(stage, history);
  const phase = stage.journey!.phase;
  if (start === undefined || phase === 'cancelled') return undefined;
  const end = phase === 'done' ? doneOf(stage, history)?.date : today;
  return end === undefined || end < start ? undefined : daysBetween(start, end);
}

function droppedHandoff(entry: JourneyEntry, issue: LintIssue): DroppedHandoff {
  const s = entry.summary;
  const since = issue.data?.['since'];
  const days = issue.data?.['days'];
  return {
    path: entry.path,
    title: s.title ?? null,
    type: s.type ?? null,
    status: s.status ?? null,
    to: s.to ?? null,
    since: typeof since === 'string' ? since : null,
    days: typeof days === 'number' ? days : null,
    message: issue.message,
  };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function validDate(value: string | undefined): string | undefined {
  return value !== undefined && isValidDate(value) ? value : undefined;
}
