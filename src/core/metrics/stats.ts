// Small statistics over day counts. Pure.

export interface Durations {
  /** How many values the median and p90 are taken over. */
  readonly count: number;
  /** null when there are no values. */
  readonly median: number | null;
  readonly p90: number | null;
}

/**
 * The q-quantile (0..1) of `values`, by linear interpolation between the closest ranks (the
 * default of R, NumPy and spreadsheets' PERCENTILE): the median of [1, 2, 3, 10] is 2.5 and
 * its p90 is 7.9. Rounded to one decimal. null for no values.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const value = sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
  return Math.round(value * 10) / 10;
}

export function durations(values: readonly number[]): Durations {
  return { count: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9) };
}
