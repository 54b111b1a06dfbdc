// Evergreen examples: examples/ is written as of REFERENCE_DATE. `npm start` and the UI checks open
// a copy with every date moved by (today − REFERENCE_DATE), so the planted problems documented in
// examples/README.md are exactly what a newcomer sees on any day. Tests that lint examples/ itself
// pass REFERENCE_DATE as today instead (never the clock).
const fs = require('node:fs');
const path = require('node:path');

/** The day examples/ is written for (examples/README.md says so; a unit test keeps them equal). */
const REFERENCE_DATE = '2026-11-25';

const DAY_MS = 86_400_000;
// A YYYY-MM-DD not inside a longer run of digits: `2026-11-03-slug.md` and `2026-11-18T14:05Z` match.
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** Milliseconds (UTC midnight) of a real calendar date, else undefined (2026-02-30 is not one). */
function dayOf(year, month, day) {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? ms : undefined;
}

function isoOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from, to) {
  const parse = (s) => dayOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
  const a = parse(from);
  const b = parse(to);
  if (a === undefined || b === undefined) throw new Error(`not a date: ${a === undefined ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}

/**
 * Every real YYYY-MM-DD in `text` moved by `days`; every other byte (line endings, time of day,
 * invalid dates such as 2026-02-30, which must stay invalid) is kept. Pure.
 */
function shiftDates(text, days) {
  if (days === 0) return text;
  return text.replace(ISO_DATE, (match, y, m, d) => {
    const ms = dayOf(Number(y), Number(m), Number(d));
    if (ms === undefined) return match;
    const shifted = isoOf(ms + days * DAY_MS);
    return /^\d{4}-/.test(shifted) ? shifted : match; // a year past 9999 or before 0 is left alone
  });
}

/** The local calendar date of `now`, as the extension and the CLI take "today". */
function localDate(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const SHIFTED = /\.(md|markdown|ya?ml)$/i;

/**
 * Copies `source` (examples/) to `target` with every date in Markdown and YAML files, and in
 * file names (`<created>-<slug>.md`), moved from REFERENCE_DATE to `today`. Other files are copied
 * as they are. Returns the shift in days.
 */
function copyEvergreen(source, target, today) {
  const days = daysBetween(REFERENCE_DATE, today);
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, shiftDates(entry.name, days));
    if (entry.isDirectory()) copyEvergreen(from, to, today);
    else if (SHIFTED.test(entry.name)) fs.writeFileSync(to, shiftDates(fs.readFileSync(from, 'latin1'), days), 'latin1');
    else fs.copyFileSync(from, to);
  }
  return days;
}

module.exports = { REFERENCE_DATE, daysBetween, shiftDates, localDate, copyEvergreen };
