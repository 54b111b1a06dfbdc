// The plain text remark gives (mdast-util-to-string) for one line of inline Markdown, for the
// common constructs only: code spans, one emphasis or strong pair per stretch of text, and
// `[text](url)` links. Anything else (escapes, entities, HTML, autolinks, strikethrough, images,
// intraword or nested emphasis, link titles) returns undefined and the caller asks remark.
// The outline property test proves it against remark.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const FALLBACK = /[\\<~]|&[#A-Za-z0-9]|!\[/;
const LINK_DESTINATION = /^\(([^\s()<>\\]*)\)/;
/** Stands for a code span while links and emphasis are read (punctuation, like its backticks). */
const CODE = '\u0001';

/** The text of one line of inline content, or undefined when it needs the real inline parser. */
export function plainInline(line: string): string | undefined {
  if (line.includes(CODE)) return undefined;
  const codes: string[] = [];
  let masked = '';
  let i = 0;
  while (i < line.length) {
    const tick = line.indexOf('`', i);
    if (tick < 0) {
      masked += line.slice(i);
      break;
    }
    let run = tick;
    while (line.charCodeAt(run) === 96) run++;
    const size = run - tick;
    const close = closingRun(line, run, size);
    if (close < 0) {
      // No closing run of the same length: these backticks are literal.
      masked += line.slice(i, run);
      i = run;
      continue;
    }
    let code = line.slice(run, close);
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    codes.push(code);
    masked += line.slice(i, tick) + CODE;
    i = close + size;
  }
  const plain = linksAndEmphasis(masked);
  if (plain === undefined) return undefined;
  let k = 0;
  return plain.replace(/\u0001/g, () => codes[k++]!);
}

/** Index of the backtick run of exactly `size` after `from`, or -1. */
function closingRun(line: string, from: number, size: number): number {
  for (let i = line.indexOf('`', from); i >= 0; i = line.indexOf('`', i)) {
    let j = i;
    while (line.charCodeAt(j) === 96) j++;
    if (j - i === size) return i;
    i = j;
  }
  return -1;
}

/** Text with code spans masked: links, then one emphasis pair in each stretch around them. */
function linksAndEmphasis(text: string): string | undefined {
  if (FALLBACK.test(text)) return undefined;
  let out = '';
  let visible = '';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('[');
    const close = open < 0 ? -1 : rest.indexOf(']', open);
    if (close < 0 || rest[close + 1] !== '(') {
      if (rest.includes('](')) return undefined;
      // A GFM autolink literal (www., http://, an email) outside link destinations may swallow
      // the syntax around it.
      if (/www\.|:\/\/|@/.test(visible + rest)) return undefined;
      const plain = emphasis(rest);
      return plain === undefined ? undefined : out + plain;
    }
    const label = rest.slice(open + 1, close);
    const destination = LINK_DESTINATION.exec(rest.slice(close + 1));
    if (label.includes('[') || !destination || destination[1]!.includes(CODE)) return undefined;
    const before = emphasis(rest.slice(0, open));
    const inside = emphasis(label);
    if (before === undefined || inside === undefined) return undefined;
    out += before + inside;
    visible += rest.slice(0, close + 1);
    rest = rest.slice(close + 1 + destination[0].length);
  }
}

/**
 * Removes one well-formed `*x*`, `**x**`, `_x_` or `__x__` pair: preceded by the start, a space
 * or ASCII punctuation, followed by the end, a space or ASCII punctuation, with no other `*` or `_`.
 */
function emphasis(text: string): string | undefined {
  const first = text.search(/[*_]/);
  if (first < 0) return text;
  const ch = text[first]!;
  let end = first;
  while (text[end] === ch) end++;
  const size = end - first;
  const closer = text.indexOf(ch.repeat(size), end);
  if (size > 2 || closer < 0 || text[closer + size] === ch) return undefined;
  if (/[*_]/.test(text.slice(end, closer)) || /[*_]/.test(text.slice(closer + size))) return undefined;
  const before = first === 0 ? ' ' : text[first - 1]!;
  const after = closer + size >= text.length ? ' ' : text[closer + size]!;
  const inner = text.slice(end, closer);
  // With a space or punctuation outside and no space inside, the opener can open and the closer
  // can close (for `_` too), and equal runs of 1 or 2 never meet the rule of 3.
  const edge = (c: string) => c === ' ' || c === '\t' || c === CODE || ASCII_PUNCTUATION.test(c);
  if (!edge(before) || !edge(after) || inner === '' || /^\s|\s$/.test(inner)) return undefined;
  return text.slice(0, first) + inner + text.slice(closer + size);
}
