// Calendar dates as the format writes them: YYYY-MM-DD, checked against the real calendar.
// Years run from 1000 to 9999: four digits, so that dates compare as strings, and far inside what
// `Date` can represent, so that no arithmetic on a valid date can throw.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1000;
/** The largest time a `Date` holds (ECMAScript's limit); beyond it `toISOString` throws. */
const MAX_TIME = 8.64e15;
const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD in the years 1000–9999 (2026-02-30 is not one). */
export function isValidDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR) return false; // the regex already caps it at 9999
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier; NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * `date` plus `days` (whole or not, negative too), or undefined when there is no such date in the
 * years 1000–9999: `sla_days: 100000000` makes a handoff due in no representable year. Never throws.
 */
export function addDays(date: string, days: number): string | undefined {
  const time = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  if (!Number.isFinite(time) || Math.abs(time) > MAX_TIME) return undefined;
  const result = new Date(time).toISOString().slice(0, 10);
  return isValidDate(result) ? result : undefined;
}
