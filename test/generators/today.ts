// The one fixed "today" of every suite (unit, integration, web, fuzz, bench), so that date rules,
// due buckets and metrics are reproducible on any day and nothing reads the clock.
// Write a test's dates relative to it (`daysFromToday(-3)`) so they keep their meaning if it moves.
import { addDays } from '../../src/core/util/dates';

export const TODAY = '2026-03-01';

/** TODAY moved by `days` (negative = earlier), as `YYYY-MM-DD`. */
export function daysFromToday(days: number): string {
  const date = addDays(TODAY, days);
  if (date === undefined) throw new Error(`TODAY ${TODAY} is not a valid date`);
  return date;
}
