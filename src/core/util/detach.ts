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
