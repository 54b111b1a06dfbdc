// Calendar dates as the format writes them: YYYY-MM-DD, checked against the real calendar, or an
// ISO 8601 date-time (`T` or a space between date and time, an optional `Z` or ±HH:MM offset).
// Years run from 1000 to 9999: four digits, so that dates compare as strings, and far inside what
// `Date` can represent, so that no arithmetic on a valid date can throw.
// Every field that holds a date is read by `readDate`, in the team's time zone: the date a
// date-time with an offset falls on there. Time zones come from `Intl`, which a web worker has too.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Anchored, no nested quantifiers: linear (test/unit/regex-safety.test.ts).
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const MIN_YEAR = 1000;
/** The largest time a `Date` holds (ECMAScript's limit); beyond it `toISOString` throws. */
const MAX_TIME = 8.64e15;
const DAY_MS = 86_400_000;
/** The zone dates are read in when nobody says which (tests, and callers without a config). */
export const DEFAULT_TIME_ZONE = 'UTC';

/** True for a real calendar date written YYYY-MM-DD in the years 1000–9999 (2026-02-30 is not one). */
export function isValidDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR) return false; // the regex already caps it at 9999
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The calendar date (YYYY-MM-DD) a date field means in `timeZone`, or undefined when the value is
 * neither a valid date nor a valid date-time, or falls outside the years 1000–9999 there.
 * A date is that date; a date-time without an offset is a wall-clock time in the team's zone, so
 * its date is the one written; a date-time with `Z` or an offset is an instant, and its date is
 * the one the team's clocks showed then (`2026-11-27T23:30-05:00` is 2026-11-28 in Asia/Kolkata).
 * Never throws: a non-string, or an unknown zone, gives undefined.
 */
export function readDate(value: unknown, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (isValidDate(text)) return text;
  const m = ISO_DATE_TIME.exec(text);
  if (!m || !isValidDate(m[1]!)) return undefined;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[6];
  if (zone === undefined) return m[1];
  let offset = 0;
  if (zone !== 'Z') {
    const [oh, om] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const instant = Date.parse(`${m[1]}T00:00:00Z`) + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return dateInZone(instant, timeZone);
}

/** The calendar date in `timeZone` at `instant` (ms since the epoch); undefined outside 1000–9999 or for an unknown zone. */
export function dateInZone(instant: number, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  if (!Number.isFinite(instant) || Math.abs(instant) > MAX_TIME) return undefined;
  let date: string;
  if (timeZone === 'UTC') {
    date = new Date(instant).toISOString().slice(0, 10);
  } else {
    const format = formatter(timeZone);
    if (!format) return undefined;
    const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
    date = `${parts.year}-${parts.month}-${parts.day}`;
  }
  return isValidDate(date) ? date : undefined;
}

/** Today's date in `timeZone`; `now` is injected by tests. An unknown zone falls back to UTC. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return dateInZone(now.getTime(), timeZone) ?? dateInZone(now.getTime())!;
}

/** True for a time zone `Intl` knows (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isTimeZone(name: string): boolean {
  return formatter(name) !== undefined;
}

/** Every IANA zone name `Intl` lists (for "did you mean"); empty where it cannot list them. */
export function timeZoneNames(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? ['UTC', ...intl.supportedValuesOf('timeZone')] : ['UTC'];
}

/** The machine's own zone, for the adapters to pass in when a config names none. */
export function machineTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
}

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatter(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      // en-CA with a proleptic Gregorian calendar and Latin digits: the parts are plain numbers.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    } catch {
      format = undefined; // RangeError: not a zone Intl knows
    }
    formatters.set(timeZone, format);
  }
  return formatters.get(timeZone);
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
