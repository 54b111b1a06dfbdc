// `stats --merge`'s journeys: counts and the lists add up across repositories (each path prefixed
// with its repository, as the other lists); medians cannot be combined, as in stats-merge.ts. A
// report made before journeys were measured counts as none.
import type { Durations, JourneyMetrics } from '../core/index';

export const NO_JOURNEYS: JourneyMetrics = {
  total: 0,
  inProgress: 0,
  complete: 0,
  dropped: 0,
  cancelled: 0,
  endToEnd: { count: 0, median: null, p90: null, sources: { stamp: 0, git: 0, unknown: 0 } },
  byStage: {},
  slowestStage: null,
  droppedList: [],
  list: [],
};

/** `countsOnly`: the one report's durations when only one has values, else just the count. */
export function mergeJourneys(all: readonly { journeys: JourneyMetrics; prefix: string }[], countsOnly: (d: readonly Durations[]) => Durations): JourneyMetrics {
  const reports = all.map((r) => r.journeys);
  const sum = (pick: (j: JourneyMetrics) => number) => reports.reduce((n, j) => n + pick(j), 0);
  const types = [...new Set(reports.flatMap((j) => Object.keys(j.byStage)))].sort();
  const byStage = Object.fromEntries(types.map((t) => [t, countsOnly(reports.map((j) => j.byStage[t] ?? { count: 0, median: null, p90: null }))]));
  const measured = reports.filter((j) => j.slowestStage !== null);
  const prefixed = all.flatMap((r) => r.journeys.list.map((row) => ({ ...row, path: r.prefix + row.path, current: { ...row.current, path: r.prefix + row.current.path } })));
  return {
    total: sum((j) => j.total),
    inProgress: sum((j) => j.inProgress),
    complete: sum((j) => j.complete),
    dropped: sum((j) => j.dropped),
    cancelled: sum((j) => j.cancelled),
    endToEnd: {
      ...countsOnly(reports.map((j) => j.endToEnd)),
      sources: { stamp: sum((j) => j.endToEnd.sources.stamp), git: sum((j) => j.endToEnd.sources.git), unknown: sum((j) => j.endToEnd.sources.unknown) },
    },
    byStage,
    // Medians of several repositories cannot be combined: only a single measured one names its slowest stage.
    slowestStage: measured.length === 1 ? measured[0]!.slowestStage : null,
    droppedList: all.flatMap((r) => r.journeys.droppedList.map((d) => ({ ...d, path: r.prefix + d.path }))).sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    list: prefixed,
  };
}
