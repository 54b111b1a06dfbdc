// Line-level recognisers for the block scanner (block-scanner.ts), written to match micromark (the
// parser under remark-parse) construct by construct: HTML block starts and ends, list markers,
// GFM table rows, and the characters that make inline content need a real inline parse.
// Every function reads `text` between two offsets; nothing here allocates per character.

const HTML_BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul'
  ).split(' '),
);
const HTML_RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const RAW_END = /<\/(?:pre|script|style|textarea)>/i;

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9;

/**
 * The kind (1–7, as in CommonMark) of the HTML block starting at `at` (a `<`), or 0. Kind 7
 * (a complete tag alone on its line) cannot interrupt a paragraph: the caller passes
 * `canBeComplete = false` then.
 */
export function htmlBlockStart(text: string, at: number, end: number, canBeComplete: boolean): number {
  let i = at + 1;
  const c = text.charCodeAt(i);
  if (c === 33 /* ! */) {
    const d = text.charCodeAt(i + 1);
    if (d === 45 /* - */) return text.charCodeAt(i + 2) === 45 ? 2 : 0;
    if (d === 91 /* [ */) return text.startsWith('CDATA[', i + 2) ? 5 : 0;
    return isAlpha(d) ? 4 : 0;
  }
  if (c === 63 /* ? */) return 3;
  const closing = c === 47; /* / */
  if (closing) i++;
  if (!isAlpha(text.charCodeAt(i))) return 0;
  const nameStart = i;
  while (i < end && (isAlpha(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  const after = i < end ? text.charCodeAt(i) : -1;
  if (!(after === -1 || after === 47 || after === 62 || isSpace(after))) return 0;
  const name = text.slice(nameStart, i).toLowerCase();
  if (after !== 47 && !closing && HTML_RAW_NAMES.has(name)) return 1;
  if (HTML_BLOCK_NAMES.has(name)) return after !== 47 || text.charCodeAt(i + 1) === 62 ? 6 : 0;
  if (!canBeComplete) return 0;
  return (closing ? completeClosingTag(text, i, end) : completeOpenTag(text, i, end)) ? 7 : 0;
}

function completeClosingTag(text: string, i: number, end: number): boolean {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 62 && onlySpaces(text, i + 1, end);
}

/** micromark's `complete*` states for an open tag, after its name. */
function completeOpenTag(text: string, i: number, end: number): boolean {
  for (;;) {
    // Attribute name before: whitespace, `/`, or a name.
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    let c = i < end ? text.charCodeAt(i) : -1;
    if (c === 47) return text.charCodeAt(i + 1) === 62 && i + 1 < end && onlySpaces(text, i + 2, end);
    if (c === 62) return onlySpaces(text, i + 1, end);
    if (!(c === 58 || c === 95 || isAlpha(c))) return false;
    if (!isSpace(text.charCodeAt(i - 1))) return false;
    while (i < end && /[-.:_A-Za-z0-9]/.test(text[i]!)) i++;
    // After the name: optional spaces, `=` and a value.
    let j = i;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 61 || j >= end) continue;
    j++;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    c = j < end ? text.charCodeAt(j) : -1;
    if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) return false;
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), j + 1);
      if (close < 0 || close >= end) return false;
      i = close + 1;
      const n = i < end ? text.charCodeAt(i) : -1;
      if (!(n === 47 || n === 62 || isSpace(n))) return false;
      continue;
    }
    while (j < end && !/["'/<=>`\t ]/.test(text[j]!)) j++;
    i = j;
    // An unquoted value ends at whitespace, `/` or `>`: the name loop checks what follows.
    const n = i < end ? text.charCodeAt(i) : -1;
    if (n !== -1 && !isSpace(n) && n !== 47 && n !== 62) return false;
  }
}

function onlySpaces(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when the line [from, end) holds the end condition of an HTML block of kind 1–5. */
export function htmlBlockEnds(kind: number, text: string, from: number, end: number): boolean {
  switch (kind) {
    case 1:
      return RAW_END.test(text.slice(from, end));
    case 2:
      return indexWithin(text, '-->', from, end);
    case 3:
      return indexWithin(text, '?>', from, end);
    case 4:
      return indexWithin(text, '>', from, end);
    case 5:
      return indexWithin(text, ']]>', from, end);
    default:
      return false;
  }
}

function indexWithin(text: string, needle: string, from: number, end: number): boolean {
  const i = text.indexOf(needle, from);
  return i >= 0 && i + needle.length <= end;
}

/** Where the search for an HTML block's end condition starts on its first line. */
export function htmlEndSearchStart(kind: number, at: number): number {
  return kind === 2 ? at + 2 : kind === 5 ? at + 9 : kind === 4 ? at + 3 : at + 1;
}

export interface ListMarker {
  readonly ordered: boolean;
  /** `-`, `+`, `*`, `.` or `)`. */
  readonly char: number;
  /** Characters in the marker (`-`: 1, `10.`: 3). */
  readonly length: number;
  readonly start: number;
}

/** The list marker at `at`, if the line has one followed by whitespace or the end of the line. */
export function listMarker(text: string, at: number, end: number): ListMarker | undefined {
  const c = text.charCodeAt(at);
  let length: number;
  let ordered = false;
  let char = c;
  let start = 0;
  if (c === 45 || c === 43 || c === 42) length = 1;
  else if (isDigit(c)) {
    let i = at;
    while (i < end && i - at < 10 && isDigit(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (i - at > 9 || (d !== 46 && d !== 41) || i >= end) return undefined;
    ordered = true;
    char = d;
    start = Number(text.slice(at, i));
    length = i - at + 1;
  } else return undefined;
  const next = at + length < end ? text.charCodeAt(at + length) : -1;
  if (!(next === -1 || isSpace(next))) return undefined;
  return { ordered, char, length, start };
}

/** A thematic break: three or more `*`, `-` or `_` (the same one), spaces and tabs between. */
export function isThematicBreak(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 42 && c !== 45 && c !== 95) return false;
  let count = 0;
  for (let i = from; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (!isSpace(d)) return false;
  }
  return count >= 3;
}

/** 1 for a `===` setext underline, 2 for `---`, else 0 (trailing spaces and tabs allowed). */
export function setextUnderline(text: string, from: number, end: number): number {
  const c = text.charCodeAt(from);
  if (c !== 61 && c !== 45) return 0;
  let i = from;
  while (i < end && text.charCodeAt(i) === c) i++;
  return onlySpaces(text, i, end) ? (c === 61 ? 1 : 2) : 0;
}

/**
 * Cells in a GFM table delimiter row (`| --- | :-: |`), or 0 when the line is not one. It needs a
 * `|` or a `:` (a bare `---` is a setext underline or a thematic break).
 */
export function delimiterRowCells(text: string, from: number, end: number): number {
  let i = from;
  let cells = 0;
  let seen = false;
  if (text.charCodeAt(i) === 124) {
    seen = true;
    i++;
  }
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return cells > 0 && seen ? cells : 0;
    if (text.charCodeAt(i) === 58) {
      seen = true;
      i++;
    }
    if (text.charCodeAt(i) !== 45) return 0;
    while (i < end && text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 58 && i < end) {
      seen = true;
      i++;
    }
    cells++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return seen ? cells : 0;
    if (text.charCodeAt(i) !== 124) return 0;
    seen = true;
    i++;
  }
}

/** Cells in a table head row as micromark counts them (0 when the line cannot be one). */
export function headRowCells(text: string, from: number, end: number): number {
  let size = 0;
  let units = 0;
  // A first character that is not a pipe counts double (micromark's `sizeB`).
  let seen = text.charCodeAt(from) !== 124;
  if (seen) units++;
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    units++;
    if (seen) {
      seen = false;
      size++;
    }
    if (c === 124) {
      seen = true;
      i++;
      continue;
    }
    while (i < end) {
      const d = text.charCodeAt(i);
      if (d === 124 || isSpace(d)) break;
      i++;
      if (d === 92 && i < end && (text.charCodeAt(i) === 92 || text.charCodeAt(i) === 124)) i++;
    }
  }
  return units > 1 ? size : 0;
}

/** Inline syntax that can change what a heading or task item reads as (escapes, code, emphasis, links, HTML, entities). */
export const INLINE_SPECIAL = /[\\`*_~[\]<]|&[#A-Za-z0-9]/;

/**
 * An ATX heading's content without its closing `#`s: `# Title ##` → ` Title`, `# ##` → ``. The same
 * as removing /^[ \t]*#+[ \t]*$/ then /[ \t]+#+[ \t]*$/, in one pass from the end (the second
 * pattern backtracks quadratically on a long run of spaces).
 */
export function withoutClosingSequence(content: string): string {
  const isBlank = (c: number) => c === 32 || c === 9;
  let end = content.length;
  while (end > 0 && isBlank(content.charCodeAt(end - 1))) end--;
  let hashes = end;
  while (hashes > 0 && content.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === end) return content;
  let before = hashes;
  while (before > 0 && isBlank(content.charCodeAt(before - 1))) before--;
  if (before === 0) return '';
  return before < hashes ? content.slice(0, before) : content;
}
