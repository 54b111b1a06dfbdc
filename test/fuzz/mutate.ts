// Seeded mutations of example handoffs: the hostile inputs of issue #13 (byte and bit flips,
// truncations, duplicate and `__proto__` keys, deep nesting, huge lines, invalid UTF-8, lone
// surrogates, line endings, BOMs, NULs, unterminated front-matter, anchors and aliases, block
// scalars, flow maps) applied one to four at a time. Document i depends only on (seed, i), so
// any one of them can be regenerated alone.
import { createRng, type Rng } from '../generators/prng';

export interface FuzzCase {
  /** The bytes a file on disk holds (what the CLI reads). */
  readonly bytes: Uint8Array;
  /** The text an editor holds: the bytes decoded, or, after text-only mutations (lone surrogates), text no file can hold. */
  readonly text: string;
  /** The mutations applied, for the report. */
  readonly mutations: readonly string[];
}

/** Documents stay under this size, so that a normal one takes milliseconds and the budget can be generous. */
export const MAX_CASE_BYTES = 400 * 1024;

type TextMutation = (text: string, r: Rng) => string;
type ByteMutation = (bytes: Uint8Array, r: Rng) => Uint8Array;

const utf8 = new TextEncoder();
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function fuzzCase(corpus: readonly string[], seed: number, index: number): FuzzCase {
  const r = createRng(mix(seed, index));
  let text = r.pick(corpus);
  let bytes: Uint8Array | undefined;
  let textOnly = false;
  const mutations: string[] = [];
  const count = r.int(1, 4);
  for (let i = 0; i < count; i++) {
    if (r.chance(0.2)) {
      const [name, mutate] = r.pick(BYTE_MUTATIONS);
      bytes = mutate(bytes ?? utf8.encode(text), r);
      text = lenient.decode(bytes);
      textOnly = false;
      mutations.push(name);
    } else {
      const [name, mutate] = r.pick(TEXT_MUTATIONS);
      text = mutate(text, r);
      bytes = undefined;
      textOnly ||= name === 'lone-surrogate';
      mutations.push(name);
    }
    if (text.length > MAX_CASE_BYTES) {
      text = text.slice(0, MAX_CASE_BYTES);
      bytes = undefined;
    }
  }
  const encoded = bytes ?? utf8.encode(text);
  return { bytes: encoded, text: textOnly ? text : lenient.decode(encoded), mutations };
}

/** Document i's own seed: neighbouring indexes give unrelated streams. */
function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) >>> 0;
}

const TEXT_MUTATIONS: ReadonlyArray<readonly [string, TextMutation]> = [
  ['truncate', (t, r) => t.slice(0, r.int(0, t.length))],
  ['delete-lines', (t, r) => spliceLines(t, r, (lines, at) => lines.splice(at, r.int(1, 4)))],
  ['duplicate-lines', (t, r) => spliceLines(t, r, (lines, at) => lines.splice(at, 0, ...lines.slice(at, at + r.int(1, 3))))],
  ['swap-lines', (t, r) => spliceLines(t, r, (lines, at) => lines.splice(r.int(0, lines.length), 0, ...lines.splice(at, 1)))],
  ['duplicate-key', (t, r) => withFrontMatterLine(t, r, (line) => [line, r.chance(0.5) ? line : `${keyOf(line)}: ${r.pick(VALUES)}`])],
  ['proto-key', (t, r) => insertFrontMatter(t, r, `${r.pick(PROTO_NAMES)}: ${r.pick([...VALUES, ...PROTO_NAMES])}`)],
  ['proto-value', (t, r) => setField(t, r, r.pick(['from', 'to', 'status', 'handoff', 'assignee', 'owner']), r.pick(PROTO_NAMES))],
  ['odd-value', (t, r) => setField(t, r, r.pick(FIELDS), r.pick(VALUES))],
  ['deep-nesting', (t, r) => insertAnywhere(t, r, deepNesting(r))],
  ['huge-line', (t, r) => insertAnywhere(t, r, hugeLine(r))],
  ['lone-surrogate', (t, r) => insertChars(t, r, r.pick(['\ud800', '\udfff', '\udc00x\ud83d', '\ud83d']))],
  ['nul', (t, r) => insertChars(t, r, '\0')],
  ['control-chars', (t, r) => insertChars(t, r, r.pick(['\u000b', '\f', '\u0085', '\u2028', '\u2029', '\u200b', '\t', '\u001b[31m']))],
  ['bom', (t, r) => (r.chance(0.7) ? '\ufeff' + t : insertChars(t, r, '\ufeff'))],
  ['crlf', (t) => t.replace(/\r?\n/g, '\r\n')],
  ['cr', (t) => t.replace(/\r?\n/g, '\r')],
  ['mixed-eol', (t, r) => t.replace(/\r?\n/g, () => r.pick(['\n', '\r\n', '\r', '\n\r']))],
  ['unterminated-front-matter', (t) => t.replace(/^(---[^]*?)\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/, '$1\n')],
  ['dots-end-marker', (t) => t.replace(/^(---[^]*?\n)---/, '$1...')],
  ['indented-map', (t) => t.replace(/^(---\r?\n)([^]*?)(\r?\n---)/, (_m, open: string, body: string, close: string) => open + body.replace(/^/gm, '  ') + close)],
  ['flow-map', flowMap],
  ['anchors-aliases', (t, r) => insertFrontMatter(t, r, r.pick(ANCHORS))],
  ['block-scalar', (t, r) => setField(t, r, r.pick(['returned_reason', 'status', 'title', 'from', 'to', 'assignee', 'accepted_by', 'accepted_at', 'due']), r.pick(BLOCK_SCALARS))],
  ['markdown-construct', (t, r) => insertAnywhere(t, r, r.pick(MARKDOWN))],
  ['disable-comment', (t, r) => insertAnywhere(t, r, `<!-- handoff-disable ${r.pick(['', 'overdue', 'missing-section yaml-syntax', 'nope', '*'])} -->`)],
];

const BYTE_MUTATIONS: ReadonlyArray<readonly [string, ByteMutation]> = [
  ['byte-flip', (b, r) => edit(b, r, (c, at) => void (c[at] = r.int(0, 255)))],
  ['bit-flip', (b, r) => edit(b, r, (c, at) => void (c[at] = c[at]! ^ (1 << r.int(0, 7))))],
  ['truncate-bytes', (b, r) => b.slice(0, r.int(0, b.length))],
  ['invalid-utf8', (b, r) => insertBytes(b, r, r.pick([[0xc3], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80]]))],
];

const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__'];
const FIELDS = ['handoff', 'title', 'status', 'from', 'to', 'owner', 'assignee', 'due', 'created', 'accepted_at', 'template_version', 'tags'];
const VALUES = [
  '', '~', 'null', '[]', '{}', '0', '-1', '1e309', '99999999999999999999', 'true', 'yes', '2026-02-30', '0000-00-00', '99999-01-01',
  '2026-13-01', '1969-12-31', '"2026-11-30"', "'quoted'", '"unterminated', "'", '"\\u0000"', '[a, [b, [c]]]', '{a: 1}', '&x open', '*x',
  '!!binary aGVsbG8=', '!!int 3', '!custom x', '"a\\nb"', 'a # comment', 'a: b', '- item', '? x', '|', '>', '@at', '`tick`', '%dir',
  'open', 'accepted', 'returned', 'done', 'cancelled', 'draft', 'generic', 'sales-to-customer-success', 'vendor-onboarding', 'Ünïcödé ✓',
];
const ANCHORS = [
  'anchor: &a [x, y]\nalias: *a',
  'status: &s open\nlast: *s',
  'missing: *nope',
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'self: &r\n  - *r',
  'merge:\n  <<: {a: 1}\n  b: 2',
  '&k key: value',
  '? complex\n: value',
  '? [a, b]\n: value',
];
const BLOCK_SCALARS = ['|\n  line one\n  line two', '>\n  folded\n  text', '|-\n  keep\n\n  gaps', '>+\n  trailing\n\n', '|2\n    indented', '|\n', '>\n\n  late'];
const MARKDOWN = [
  '## Checklist\n- [ ] one\n- [x] two', '## Risks\n', '# Title', '```\nunclosed fence', '~~~\n## not a heading', '> - [ ] quoted task',
  '- [ ]', '-  [x]\ttab', '1. [ ] ordered', '<div>\n## html\n</div>', '## ##', '##\t#', '| a | b |\n|---|---|\n| - [ ] | x |',
  '   ## indented', '    ## code', 'Setext\n===', 'Setext\n---', '---', '***', '## Checklist {#id}', '## CHECKLIST', '## Check\u00adlist',
];

function deepNesting(r: Rng): string {
  const depth = r.pick([16, 31, 32, 33, 48, 63, 64, 65, 100, 200, 1000, 5000, 20000]);
  switch (r.int(0, 6)) {
    case 0: return 'deep: ' + '['.repeat(depth) + ']'.repeat(r.chance(0.8) ? depth : 0);
    case 1: return 'deep: ' + '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
    case 2: return Array.from({ length: Math.min(depth, 400) }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n');
    case 3: return '- '.repeat(depth) + 'x';
    case 4: return '> '.repeat(depth) + 'x';
    case 5: return Array.from({ length: Math.min(depth, 400) }, (_, i) => '  '.repeat(i) + '- [ ] item').join('\n');
    default: return '*'.repeat(depth) + 'x' + '*'.repeat(depth);
  }
}

function hugeLine(r: Rng): string {
  const length = r.pick([10_000, 30_000, 65_536, 100_000]);
  const unit = r.pick(['a', ' ', '#', '*', '_', '[', ']', '`', '-', '\t', '\\', '<', '&', '!', '[x', 'a ', '- ', '# ', '* ', '*a', '_a', '[a](', '](']);
  const body = unit.repeat(Math.ceil(length / unit.length));
  return r.pick(['', '', '# ', '#', '## ', 'title: ', '- [ ] ', '> ']) + body + r.pick(['', '', 'x', ' #', '`']);
}

function flowMap(text: string): string {
  return text.replace(/^(---\r?\n)([^]*?)(\r?\n---)/, (_m, open: string, body: string, close: string) => {
    const pairs = body.split(/\r?\n/).filter((l) => /^[\w-]+:/.test(l)).map((l) => l.trim());
    return `${open}{${pairs.join(', ')}}${close}`;
  });
}

function spliceLines(text: string, r: Rng, change: (lines: string[], at: number) => void): string {
  const lines = text.split('\n');
  change(lines, r.int(0, lines.length - 1));
  return lines.join('\n');
}

/** The line range of the front-matter's content (between the fences), or of the first lines when there is none. */
function frontMatterLines(lines: readonly string[]): [number, number] {
  if (!/^(\ufeff)?---/.test(lines[0] ?? '')) return [0, Math.min(lines.length, 5)];
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return [1, close === -1 ? lines.length : close];
}

function withFrontMatterLine(text: string, r: Rng, change: (line: string) => string[]): string {
  const lines = text.split('\n');
  const [from, to] = frontMatterLines(lines);
  if (to <= from) return text;
  const at = r.int(from, to - 1);
  lines.splice(at, 1, ...change(lines[at]!));
  return lines.join('\n');
}

function insertFrontMatter(text: string, r: Rng, insert: string): string {
  const lines = text.split('\n');
  const [from, to] = frontMatterLines(lines);
  lines.splice(r.int(from, to), 0, insert);
  return lines.join('\n');
}

function keyOf(line: string): string {
  return line.split(':')[0] || 'key';
}

/** Sets (or adds) a field's line; a multi-line value replaces the lines indented under the key too. */
function setField(text: string, r: Rng, key: string, value: string): string {
  const lines = text.split('\n');
  const [from, to] = frontMatterLines(lines);
  const at = lines.findIndex((l, i) => i >= from && i < to && l.startsWith(`${key}:`));
  if (at === -1) {
    lines.splice(r.int(from, to), 0, `${key}: ${value}`);
  } else {
    let end = at + 1;
    while (end < to && /^[ \t]/.test(lines[end]!)) end++;
    lines.splice(at, end - at, `${key}: ${value}`);
  }
  return lines.join('\n');
}

function insertAnywhere(text: string, r: Rng, insert: string): string {
  const lines = text.split('\n');
  lines.splice(r.int(0, lines.length), 0, insert);
  return lines.join('\n');
}

function insertChars(text: string, r: Rng, insert: string): string {
  const at = r.int(0, text.length);
  return text.slice(0, at) + insert + text.slice(at);
}

function edit(bytes: Uint8Array, r: Rng, change: (copy: Uint8Array, at: number) => void): Uint8Array {
  if (bytes.length === 0) return bytes;
  const copy = bytes.slice();
  for (let n = r.int(1, 3); n > 0; n--) change(copy, r.int(0, copy.length - 1));
  return copy;
}

function insertBytes(bytes: Uint8Array, r: Rng, insert: readonly number[]): Uint8Array {
  const at = r.int(0, bytes.length);
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at), at + insert.length);
  return out;
}
