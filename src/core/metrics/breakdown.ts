// Tallies the metrics are built from: counts per name and durations per type and receiving team,
// in a stable order ("(none)" last).
import type { HandoffSummary } from '../index/summary';
import { daysBetween } from '../util/dates';
import { durations, type Durations } from './stats';

export const NONE = '(none)';

/** Durations in days, over all handoffs and per type and per receiving team. */
export interface DurationBreakdown extends Durations {
  readonly byType: Readonly<Record<string, Durations>>;
  readonly byReceiver: Readonly<Record<string, Durations>>;
}

/**
 * A duration to a milestone (accepted, done), with where its end dates came from: the status
 * stamp (`accepted_at`, `done_at`), else the git commit that changed the `status:` line to it.
 * `unknown`: handoffs that reached the milestone but have neither (or no start date, or an end
 * before the start); they are left out of the medians.
 */
export interface MilestoneDurations extends DurationBreakdown {
  readonly sources: { readonly stamp: number; readonly git: number; readonly unknown: number };
}

export function compareNames(a: string, b: string): number {
  // "(none)" last; otherwise by name, case-insensitively, then exactly (stable across locales).
  if ((a === NONE) !== (b === NONE)) return a === NONE ? 1 : -1;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export class Counter {
  private readonly counts = new Map<string, number>();

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  byCount(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a, x], [b, y]) => y - x || compareNames(a, b)));
  }

  byName(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => compareNames(a, b)));
  }

  /** Keys in `order` first (as ordered there), then the others by name. */
  ordered(order: readonly string[]): Record<string, number> {
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    return Object.fromEntries([...this.counts].sort(([a], [b]) => rank(a) - rank(b) || compareNames(a, b)));
  }
}

export class Breakdown {
  private readonly all: number[] = [];
  private readonly byType = new Map<string, number[]>();
  private readonly byReceiver = new Map<string, number[]>();
  private readonly sources = { stamp: 0, git: 0, unknown: 0 };

  /** One handoff that reached the milestone: the stamp wins over git; without a usable pair it is unknown. */
  add(summary: HandoffSummary, start: string | undefined, stamp: string | undefined, git: string | undefined): void {
    const end = stamp ?? git;
    if (start === undefined || end === undefined || end < start) {
      this.sources.unknown++;
      return;
    }
    this.sources[stamp !== undefined ? 'stamp' : 'git']++;
    const days = daysBetween(start, end);
    this.all.push(days);
    push(this.byType, summary.type ?? NONE, days);
    push(this.byReceiver, summary.to ?? NONE, days);
  }

  result(): MilestoneDurations {
    const per = (m: Map<string, number[]>) => Object.fromEntries([...m].sort(([a], [b]) => compareNames(a, b)).map(([k, v]) => [k, durations(v)]));
    return { ...durations(this.all), byType: per(this.byType), byReceiver: per(this.byReceiver), sources: { ...this.sources } };
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
