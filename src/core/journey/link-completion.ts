// Completion of `follows:`/`links:` paths: which value the cursor is in, and the workspace's
// handoffs as paths relative to the document. Read from the line text, not the YAML: a value
// being typed is often not valid YAML yet. Pure.
import type { Suggestion } from '../authoring/front-matter-assist';
import { formatScalar } from '../edit/front-matter-edit';
import type { HeaderInfo } from '../model/handoff';
import type { Position, Range } from '../model/text';
import { dirname, relative } from '../util/paths';

export interface LinkValueContext {
  readonly key: 'follows' | 'links';
  /** The path typed so far: from the value's start (inside its quotes) to the cursor. */
  readonly typed: string;
  /** The whole value the cursor is in (inside its quotes): what a completion replaces. */
  readonly range: Range;
  readonly quote: '"' | "'" | undefined;
  /** True inside a flow list (`[a, b]`), where `,` and brackets need quotes. */
  readonly flow: boolean;
}

/** What a completion offers of one handoff. */
export interface LinkCandidate {
  readonly file: string;
  readonly title: string | undefined;
  readonly status: string | undefined;
  readonly type: string | undefined;
}

const LINK_KEY = /^(follows|links)[ \t]*:(?=[ \t]|$)/;
const LIST_ITEM = /^[ \t]*-(?=[ \t]|$)/;

/** The `follows`/`links` value (scalar, block list item or flow list item) at `pos`, if the cursor is in one. */
export function linkValueAt(doc: HeaderInfo, pos: Position): LinkValueContext | undefined {
  const block = doc.frontMatter?.block;
  if (!block) return undefined;
  const offset = doc.lines.offsetAt(pos);
  if (offset < block.contentStart || offset > block.contentEnd) return undefined;
  const line = doc.lines.lineText(pos.line);
  const keyed = LINK_KEY.exec(line);
  const item = keyed ? undefined : LIST_ITEM.exec(line);
  const key = keyed ? (keyed[1] as 'follows' | 'links') : item ? listKey(doc, pos.line, doc.lines.positionAt(block.contentStart).line) : undefined;
  const from = (keyed ?? item)?.[0].length ?? 0;
  // A value starts after a space: right after the colon, a completion would glue itself to the key.
  if (!key || pos.character <= from) return undefined;
  const start = skipBlanks(line, from);
  const span = line[start] === '[' ? flowItemAt(line, start + 1, pos.character) : valueSpan(line, start, line.length);
  if (!span || pos.character < span.start || pos.character > span.end) return undefined;
  const quote = line[span.start] === '"' || line[span.start] === "'" ? (line[span.start] as '"' | "'") : undefined;
  let [s, e] = [span.start, span.end];
  if (quote) {
    s++;
    const close = closingQuote(line, s, quote);
    e = close < 0 ? span.end : Math.min(close, span.end);
    if (pos.character < s || pos.character > e) return undefined;
  }
  return {
    key,
    typed: line.slice(s, pos.character),
    range: { start: { line: pos.line, character: s }, end: { line: pos.line, character: e } },
    quote,
    flow: line[start] === '[',
  };
}

/** The key a block list item at `line` belongs to: the nearest key at the left margin above it, if it is follows or links with no value on its line. */
function listKey(doc: HeaderInfo, line: number, firstLine: number): 'follows' | 'links' | undefined {
  for (let n = line - 1; n >= firstLine; n--) {
    const text = doc.lines.lineText(n);
    if (text.trim() === '' || /^[ \t-]|^#/.test(text)) continue;
    const keyed = LINK_KEY.exec(text);
    return keyed && /^[ \t]*(?:#.*)?$/.test(text.slice(keyed[0].length)) ? (keyed[1] as 'follows' | 'links') : undefined;
  }
  return undefined;
}

function skipBlanks(line: string, from: number): number {
  while (line[from] === ' ' || line[from] === '\t') from++;
  return from;
}

/** A scalar from `start`: a quoted one up to its closing quote, a plain one up to a ` #` comment; trailing blanks dropped. */
function valueSpan(line: string, start: number, limit: number): { start: number; end: number } {
  const quote = line[start];
  if (quote === '"' || quote === "'") {
    const close = closingQuote(line, start + 1, quote);
    return { start, end: close < 0 ? limit : Math.min(close + 1, limit) };
  }
  const comment = line.slice(start, limit).search(/[ \t]#/);
  let end = comment < 0 ? limit : start + comment;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return { start, end };
}

/** The item of a flow list (its text from `from`) that holds column `at`: items end at `,` or `]` outside quotes. */
function flowItemAt(line: string, from: number, at: number): { start: number; end: number } | undefined {
  let start = from;
  for (let i = from; i <= line.length; i++) {
    const c = line[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(line, i + 1, c);
      if (close < 0) i = line.length - 1;
      else i = close;
      continue;
    }
    if (c === ',' || c === ']' || i === line.length) {
      if (at >= start && at <= i) {
        const s = skipBlanks(line, start);
        return at < s ? { start: at, end: at } : valueSpan(line, s, i);
      }
      if (c === ']') return undefined;
      start = i + 1;
    }
  }
  return undefined;
}

/** Index of the quote closing a value opened with `quote` (its text from `from`), or -1. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++; // '' is an escaped quote
      else return i;
    }
  }
  return -1;
}

/** The path from the document at `fromFile` to `toFile`: `./name.md` style when `dotted` (else `name.md`), `../` when above. */
export function relativeLink(fromFile: string, toFile: string, dotted: boolean): string {
  const rel = relative(dirname(fromFile), toFile);
  return dotted && !rel.startsWith('../') ? `./${rel}` : rel;
}

/**
 * The handoffs to offer for the value at `ctx` in the document at `documentPath` (never itself),
 * labelled by their path relative to it, with title · status · type; the text inserted is quoted
 * as the value needs it.
 */
export function linkSuggestions(ctx: LinkValueContext, documentPath: string, handoffs: Iterable<LinkCandidate>): Suggestion[] {
  // `./` unless the user started a path without it.
  const dotted = ctx.typed === '' || ctx.typed.startsWith('.');
  const suggestions: Suggestion[] = [];
  for (const h of handoffs) {
    if (h.file === documentPath) continue;
    const label = relativeLink(documentPath, h.file, dotted);
    suggestions.push({ label, kind: 'file', detail: [h.title, h.status, h.type].filter(Boolean).join(' · '), insertText: insertText(label, ctx) });
  }
  return suggestions.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function insertText(path: string, ctx: LinkValueContext): string {
  if (ctx.quote === '"') return JSON.stringify(path).slice(1, -1);
  if (ctx.quote === "'") return path.replace(/'/g, "''");
  return formatScalar(path, undefined, ctx.flow);
}
