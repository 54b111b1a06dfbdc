// The fast path of parseMarkdown: the outline (headings, `##` sections, task items, disable
// comments) from the block scanner, without building a syntax tree. Heading and task texts that
// hold inline syntax (emphasis, code, links, escapes, entities, HTML) are read by remark itself, all
// of them in one small batch document, so they come out exactly as remark reads them.
// Returns undefined when the document needs the full remark parse: link reference or footnote
// definitions (`]:`), NUL characters, a disable comment outside an HTML block, or a construct the
// scanner does not reproduce (BlockScanner.unsupported). A body past MAX_NESTING or MAX_BLOCKS, or
// more inline text for remark than MAX_REFERENCE_PARSE_LENGTH, give an empty outline that says
// which limit it went past (`limitExceeded`).
import type { Heading as MdHeading, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from './block';
import { BlockScanner } from './block-scanner';
import { INLINE_SPECIAL } from './block-syntax';
import { findFrontMatter } from './front-matter';
import { plainInline } from './inline-text';
import { libraries } from '../vendor/load';
import { MAX_REFERENCE_PARSE_LENGTH } from './limits';
import { collectDisables, emptyOutline, isCommentOnly, type MarkdownHeading, type MarkdownOutline, type MarkdownSection, type MarkdownTaskItem } from './markdown';

const DISABLE_MARK = 'handoff-disable';

type MutableHeading = { -readonly [K in keyof MarkdownHeading]: MarkdownHeading[K] };
type MutableTask = { -readonly [K in keyof MarkdownTaskItem]: MarkdownTaskItem[K] };

interface Pending {
  readonly snippet: string;
  readonly heading?: MutableHeading;
  readonly task?: MutableTask;
}

/** The outline, or undefined (and the reason to `onFallback`) when remark must read the document. */
export function scanOutline(text: string, onFallback?: (reason: string) => void): MarkdownOutline | undefined {
  const fallback = (reason: string) => {
    onFallback?.(reason);
    return undefined;
  };
  const fm = findFrontMatter(text);
  let bodyStart = 0;
  let from = 0;
  if (fm?.unclosed) {
    // micromark keeps trying the front-matter to the end of the file: no line after the `---` is
    // read for block quotes or lists. Rare (a broken file) and left to remark.
    return fallback('unclosed front-matter');
  }
  if (fm) {
    from = fm.end;
    bodyStart = fm.contentEnd;
    while (bodyStart < text.length && text.charCodeAt(bodyStart) !== 10 && text.charCodeAt(bodyStart) !== 13) bodyStart++;
  }
  // Definitions change what `[text]` means anywhere in the body; micromark reads NUL as U+FFFD.
  if (text.indexOf(']:', from) >= 0) return fallback('`]:` (a link reference or footnote definition)');
  if (text.indexOf('\0', from) >= 0) return fallback('NUL character');
  const scanner = new BlockScanner(text, from);
  const doc = scanner.scan();
  if (scanner.limit) return emptyOutline(text, { part: 'body', ...scanner.limit });
  if (scanner.unsupported !== undefined) return fallback(scanner.unsupported);
  const builder = new OutlineBuilder(text, from);
  const outline = builder.build(doc, bodyStart);
  return outline ?? fallback(builder.unsupported ?? 'unknown');
}

class OutlineBuilder {
  private readonly headings: MutableHeading[] = [];
  private readonly headingOf = new Map<Block, MutableHeading>();
  private readonly tasks: MutableTask[] = [];
  private readonly pending: Pending[] = [];
  private readonly disabledRules = new Set<string>();
  private disableMarks = 0;
  unsupported: string | undefined;

  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  build(doc: Block, bodyStart: number): MarkdownOutline | undefined {
    this.walk(doc);
    if (this.unsupported !== undefined) return undefined;
    if (countOf(this.text, DISABLE_MARK, this.from) !== this.disableMarks) {
      this.unsupported = 'a disable comment outside an HTML block (inline HTML)';
      return undefined;
    }
    const inline = this.pending.reduce((sum, p) => sum + p.snippet.length + 2, 0);
    if (inline > MAX_REFERENCE_PARSE_LENGTH) {
      const message = `Unexpected inline syntax in headings and task items over ${MAX_REFERENCE_PARSE_LENGTH / 1024} KB`;
      const first = this.pending[0]!;
      const at = first.heading?.start ?? first.task!.start;
      return emptyOutline(this.text, { part: 'body', message, start: at, end: first.heading?.end ?? first.task!.end });
    }
    if (this.pending.length > 0 && !this.readPending()) {
      this.unsupported = 'inline text that remark reads with a different block structure';
      return undefined;
    }
    const top = doc.children;
    const sections: MarkdownSection[] = [];
    let firstTask = 0;
    for (let i = 0; i < top.length; i++) {
      const node = top[i]!;
      if (node.type !== 'heading' || node.depth !== 2) continue;
      let j = i + 1;
      while (j < top.length && !(top[j]!.type === 'heading' && top[j]!.depth <= 2)) j++;
      const heading = this.headingOf.get(node)!;
      const bodyEnd = j < top.length ? top[j]!.start : this.text.length;
      let empty = true;
      for (let k = i + 1; k < j && empty; k++) empty = top[k]!.type === 'html' && isCommentOnly(this.htmlValue(top[k]!));
      while (firstTask < this.tasks.length && this.tasks[firstTask]!.start < heading.end) firstTask++;
      let endTask = firstTask;
      while (endTask < this.tasks.length && this.tasks[endTask]!.start < bodyEnd) endTask++;
      sections.push({ heading, bodyStart: heading.end, bodyEnd, empty, taskItems: this.tasks.slice(firstTask, endTask) });
    }
    return { headings: this.headings, sections, taskItems: this.tasks, disabledRules: this.disabledRules, bodyStart };
  }

  /** Pre-order, iteratively: the order remark's tree walk visits headings, task items and HTML. */
  private walk(doc: Block): void {
    const stack: Block[] = [doc];
    while (stack.length > 0) {
      const block = stack.pop()!;
      if (block.type === 'heading') this.heading(block);
      else if (block.type === 'item') this.item(block);
      else if (block.type === 'html') this.html(block);
      else if (block.type === 'code') this.disableMarks += countOf(this.text.slice(block.start, block.end), DISABLE_MARK, 0);
      for (let i = block.children.length - 1; i >= 0; i--) stack.push(block.children[i]!);
    }
  }

  private heading(block: Block): void {
    const text = this.text;
    const heading: MutableHeading = { depth: block.depth, text: '', start: block.start, end: block.end };
    this.headings.push(heading);
    this.headingOf.set(block, heading);
    if (!block.setext) {
      const content = withoutClosingSequence(text.slice(block.start + block.depth, block.end));
      const plain = INLINE_SPECIAL.test(content) ? plainInline(content) : content;
      if (plain === undefined) this.pending.push({ snippet: text.slice(block.start, block.end), heading });
      else heading.text = plain.trim();
      return;
    }
    // Content lines keep their own line breaks (remark keeps `\r`, `\r\n` or `\n` as written).
    let content = '';
    let simple = true;
    for (let i = 0; i < block.lines.length; i += 2) {
      const end = block.lines[i + 1]!;
      const line = text.slice(block.lines[i]!, end);
      const last = i + 2 >= block.lines.length;
      content += last ? line : line + eol(text, end);
      if (INLINE_SPECIAL.test(line) || (!last && /[ \t]$/.test(line))) simple = false;
    }
    if (simple) heading.text = content.trim();
    else this.snippet(block, text.slice(block.lines[0]!, block.lines[1]!), '', `\n${block.depth === 1 ? '===' : '---'}`, { heading });
  }

  private item(block: Block): void {
    const first = block.children[0];
    if (first === undefined || first.type !== 'paragraph') return;
    const text = this.text;
    const lines = first.lines;
    const cs = lines[0]!;
    const lineEnd = lines[1]!;
    if (text.charCodeAt(cs) !== 91 /* [ */) return;
    // An item whose text starts on the next line is a task only when nothing (not even a space)
    // follows its marker.
    let afterMarker = block.start + 1;
    if (block.ordered) while (afterMarker < cs && text.charCodeAt(afterMarker - 1) >= 48 && text.charCodeAt(afterMarker - 1) <= 57) afterMarker++;
    const firstLineBreak = text.slice(block.start, cs).search(/[\r\n]/);
    if (firstLineBreak >= 0) {
      if (block.start + firstLineBreak !== afterMarker) return;
      // ... and when its text starts right at the item's content column.
      if (first.rawStarts[0]! < 0) this.unsupported = 'a split tab before a check box';
      if (first.rawStarts[0] !== cs) return;
    }
    const value = text.charCodeAt(cs + 1);
    if (cs + 1 >= lineEnd) {
      // `[` then a line break: remark may still read a check box across the two lines.
      if (lines.length > 2) this.unsupported = 'check box split over two lines';
      return;
    }
    if (text.charCodeAt(cs + 2) !== 93 /* ] */ || cs + 2 >= lineEnd || !(value === 32 || value === 120 || value === 88 || value === 9)) return;
    // micromark splits a tab into columns: `[<tab>]` is a box only when the tab is one column wide.
    if (value === 9 && tabWidth(text, cs + 1) !== 1) return;
    const after = cs + 3;
    if (after >= lineEnd) {
      // Nothing after the box on its line: a task only when the paragraph goes on.
      if (lines.length > 2) this.unsupported = 'check box alone on its line';
      return;
    }
    const next = text.charCodeAt(after);
    if (next !== 32 && next !== 9) return;
    const rest = text.slice(after, lineEnd);
    if (rest.trim() === '') {
      this.unsupported = 'check box followed by whitespace only';
      return;
    }
    const box = text.indexOf('[', block.start);
    const task: MutableTask = {
      checked: value === 120 || value === 88,
      text: '',
      start: block.start,
      end: lineEnd,
      checkboxStart: box >= 0 && box < lineEnd ? box : block.start,
    };
    this.tasks.push(task);
    const plain = !INLINE_SPECIAL.test(rest) ? rest : lines.length === 2 ? plainInline(rest) : undefined;
    if (plain === undefined || (lines.length > 2 && /[ \t]$/.test(rest))) {
      // The same marker and content column as the original, so continuation lines (lazy or not)
      // fall into the item exactly as they did.
      const marker = text.slice(block.start, afterMarker);
      const prefix = `${marker}${' '.repeat(block.padding - marker.length)}`;
      this.snippet(first, prefix + text.slice(cs, lineEnd), ' '.repeat(block.padding), '', { task });
    } else task.text = plain.trim();
  }

  /**
   * Queues a paragraph (or setext heading content) for remark: `head` is its first line, then every
   * further line as written after its container prefixes (code spans keep that indentation),
   * indented by `indent`, with its own line break.
   */
  private snippet(block: Block, head: string, indent: string, tail: string, target: Omit<Pending, 'snippet'>): void {
    const text = this.text;
    let snippet = head;
    for (let i = 2; i < block.lines.length; i += 2) {
      const rawStart = block.rawStarts[i / 2]!;
      // A tab partly inside a container prefix: micromark reads its rest as spaces.
      const raw = text.slice(rawStart, block.lines[i + 1]!);
      // A tab's width depends on its column, which differs in the snippet.
      if (rawStart < 0 || /^[ ]*\t/.test(raw)) this.unsupported = 'a continuation line of inline syntax indented with a tab';
      const lazy = block.lazyLines[i / 2]!;
      if (lazy && indent && columns(raw) >= indent.length) this.unsupported = 'a lazy line indented as far as its list item';
      // A lazy line stays lazy (unindented), so no block (a table) can start where remark saw none.
      snippet += eol(text, block.lines[i - 1]!) + (lazy ? '' : indent) + raw;
    }
    this.pending.push({ snippet: snippet + tail, ...target });
  }

  private html(block: Block): void {
    const value = this.htmlValue(block);
    const marks = countOf(value, DISABLE_MARK, 0);
    if (marks === 0) return;
    this.disableMarks += marks;
    collectDisables(value, this.disabledRules);
  }

  private htmlValue(block: Block): string {
    if (block.parent?.type === 'document') return this.text.slice(block.start, block.end);
    const parts: string[] = [];
    for (let i = 0; i < block.lines.length; i += 2) parts.push(this.text.slice(block.lines[i]!, block.lines[i + 1]!));
    return parts.join('\n');
  }

  /** Reads every heading and task text with inline syntax through remark, in one batch document. */
  private readPending(): boolean {
    const starts: number[] = [];
    let combined = '';
    for (const p of this.pending) {
      if (combined) combined += '\n\n';
      starts.push(combined.length);
      combined += p.snippet;
    }
    let root: Root;
    try {
      root = libraries().markdownProcessor.parse(combined) as Root;
    } catch {
      return false;
    }
    const seen = new Uint8Array(this.pending.length);
    const find = (offset: number | undefined): Pending | undefined => {
      let lo = 0;
      let hi = starts.length - 1;
      if (offset === undefined) return undefined;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      if (starts[lo] !== offset || seen[lo]) return undefined;
      seen[lo] = 1;
      return this.pending[lo];
    };
    for (const node of root.children) {
      if (node.type === 'heading') {
        const p = find(node.position?.start.offset);
        if (!p?.heading || p.heading.depth !== (node as MdHeading).depth) return false;
        p.heading.text = toString(node).trim();
      } else if (node.type === 'list') {
        for (const item of node.children as ListItem[]) {
          const p = find(item.position?.start.offset);
          const first = item.children[0];
          if (!p?.task || item.checked !== p.task.checked || first?.type !== 'paragraph') return false;
          p.task.text = toString(first).split(/\r?\n|\r/)[0]!.trim();
        }
      } else return false;
    }
    return seen.every((s) => s === 1);
  }
}

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

/** Columns the tab at `at` spans (tab stops every 4 columns from the start of its line). */
function tabWidth(text: string, at: number): number {
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let column = 0;
  for (let i = lineStart; i < at; i++) column += text.charCodeAt(i) === 9 ? 4 - (column % 4) : 1;
  return 4 - (column % 4);
}

/** Columns of leading whitespace. */
function columns(line: string): number {
  let column = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The line break at `at` as written. */
function eol(text: string, at: number): string {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? '\r\n' : text[at]!;
}

function countOf(haystack: string, needle: string, from: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle, from); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}
