// The fast path of parseMarkdown: the outline (headings, `##` sections, task items, disable
// comments) from the block scanner, without building a syntax tree. Heading and task texts that
// hold inline syntax (emphasis, code, links, escapes, entities, HTML) are read by remark itself, all
// of them in one small batch document (inline-batch.ts), so they come out exactly as remark reads them.
// Returns undefined when the document needs the full remark parse: link reference or footnote
// definitions (`]:`), NUL characters, a disable comment outside an HTML block, or a construct the
// scanner does not reproduce (BlockScanner.unsupported). A body past MAX_NESTING or MAX_BLOCKS, or
// more inline text for remark than MAX_REFERENCE_PARSE_LENGTH, give an empty outline that says
// which limit it went past (`limitExceeded`).
import { findFrontMatter } from '../front-matter/find-front-matter';
import { MAX_REFERENCE_PARSE_LENGTH } from '../limits';
import { buildSections, collectDisables, emptyOutline, isCommentOnly, type MarkdownOutline } from '../outline';
import type { Block } from './block';
import { BlockScanner } from './block-scanner';
import { INLINE_SPECIAL, withoutClosingSequence } from './block-syntax';
import { eol, readPending, snippetOf, type MutableHeading, type MutableTask, type Pending, type Snippet } from './inline-batch';
import { plainInline } from './inline-text';
import { readTaskItem } from './task-item';

const DISABLE_MARK = 'handoff-disable';

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
    if (this.pending.length > 0 && !readPending(this.pending)) {
      this.unsupported = 'inline text that remark reads with a different block structure';
      return undefined;
    }
    const sections = buildSections(this.text, doc.children, this.tasks, {
      headingDepth: (block) => (block.type === 'heading' ? block.depth : 0),
      start: (block) => block.start,
      heading: (block) => this.headingOf.get(block)!,
      commentOnly: (block) => block.type === 'html' && isCommentOnly(this.htmlValue(block)),
    });
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
    else this.queue(snippetOf(text, block, text.slice(block.lines[0]!, block.lines[1]!), '', `\n${block.depth === 1 ? '===' : '---'}`), { heading });
  }

  private item(block: Block): void {
    const read = readTaskItem(this.text, block);
    if (read === undefined) return;
    if ('unsupported' in read) {
      this.unsupported = read.unsupported;
      return;
    }
    const { task, rest, marker } = read;
    this.tasks.push(task);
    const first = block.children[0]!;
    const lines = first.lines;
    const plain = !INLINE_SPECIAL.test(rest) ? rest : lines.length === 2 ? plainInline(rest) : undefined;
    if (plain === undefined || (lines.length > 2 && /[ \t]$/.test(rest))) {
      // The same marker and content column as the original, so continuation lines (lazy or not)
      // fall into the item exactly as they did.
      const prefix = `${marker}${' '.repeat(block.padding - marker.length)}`;
      this.queue(snippetOf(this.text, first, prefix + this.text.slice(lines[0]!, task.end), ' '.repeat(block.padding), ''), { task });
    } else task.text = plain.trim();
  }

  private queue(snippet: Snippet, target: Omit<Pending, 'snippet'>): void {
    if (snippet.unsupported !== undefined) this.unsupported = snippet.unsupported;
    this.pending.push({ snippet: snippet.text, ...target });
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
}

function countOf(haystack: string, needle: string, from: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle, from); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}
