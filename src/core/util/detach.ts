// Strings that outlive the text they came from. A slice of a string (13 characters or more) and a
// concatenation keep their parent strings alive in the JavaScript engine: a summary or a lint
// message built from a field value would hold the whole file's text in memory for as long as an
// index holds the summary (measured: 60,000 summaries kept 200 MB of file text).

/** A flat copy of `s` that references no other string. */
export function detach(s: string): string;
export function detach(s: string | undefined): string | undefined;
export function detach(s: string | undefined): string | undefined {
  // Shorter strings are always copied. Concatenating then slicing makes the engine flatten into a
  // new string; the slice then references only that.
  return s === undefined || s.length < 13 ? s : (s + ' ').slice(0, -1);
}

const pool = new Map<string, string>();
/** Bounds the pool in a long-running editor; clearing it only costs sharing. */
const POOL_LIMIT = 50_000;

/**
 * detach(s), and one string object per value: statuses, types, teams, people and dates repeat
 * across thousands of handoffs, and an index then holds each once.
 */
export function shared(s: string | undefined): string | undefined {
  if (s === undefined || s.length > 64) return detach(s);
  let copy = pool.get(s);
  if (copy === undefined) {
    if (pool.size >= POOL_LIMIT) pool.clear();
    copy = detach(s);
    pool.set(copy, copy); // the key must be the copy too: `s` may be a slice of a whole file
  }
  return copy;
}
