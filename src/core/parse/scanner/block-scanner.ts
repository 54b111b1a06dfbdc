// A block-level Markdown scanner: the CommonMark container/leaf algorithm (block quotes, list
// items, headings, fenced and indented code, HTML blocks, paragraphs) plus GFM tables, tuned to
// reproduce what micromark (under remark-parse) decides, line by line and without building an
// inline tree. It keeps only what the outline needs (scan-outline.ts); the property test
// test/unit/model/outline-property.test.ts proves it against remark on thousands of documents.
// Constructs it does not reproduce exactly set `unsupported`, and the caller falls back to remark.
import type { Block } from './block';
import { continues } from './block-continuation';
import { blockStart } from './block-starts';
import { delimiterRowCells, headRowCells, htmlBlockEnds, htmlEndSearchStart } from './block-syntax';
import { BlockTree } from './block-tree';

const isSpace = (c: number) => c === 32 || c === 9;
/** First characters that can start a block other than a paragraph (commonmark.js's `reMaybeSpecial`). */
const MAYBE_SPECIAL = new Uint8Array(128);
for (const ch of '#`~*+_=<>-0123456789') MAYBE_SPECIAL[ch.charCodeAt(0)] = 1;

export class BlockScanner extends BlockTree {
  /** An empty list item ended on a blank line: micromark keeps it open until the next line. */
  private itemEndedOnBlank = false;
  /** Offset after the prefixes of the containers that continued on this line. */
  private afterContainers = 0;

  constructor(
    text: string,
    private readonly from: number,
  ) {
    super(text, from);
  }

  scan(): Block {
    const text = this.text;
    const n = text.length;
    let pos = this.from;
    while (pos < n && this.unsupported === undefined) {
      let end = pos;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
      this.line(pos, end);
      if (end >= n) break;
      pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    while (this.tip !== this.doc) this.finalize(this.tip);
    return this.doc;
  }

  private line(lineStart: number, lineEnd: number): void {
    this.lineEnd = lineEnd;
    this.offset = lineStart;
    this.column = 0;
    this.blank = false;
    this.partiallyConsumedTab = false;
    this.oldtip = this.tip;
    let container = this.doc;
    let containersMatched = true;
    for (;;) {
      const last = container.children[container.children.length - 1];
      if (last === undefined || !last.open) break;
      container = last;
      this.findNextNonspace();
      const r = continues(this, container);
      if (r === 2) {
        this.finalize(container);
        return;
      }
      if (r === 1) {
        if (container.type === 'blockquote' || container.type === 'item') containersMatched = false;
        if (container.type === 'item' && this.blank) this.itemEndedOnBlank = true;
        container = container.parent!;
        break;
      }
    }
    if (!this.blank && this.itemEndedOnBlank) {
      containersMatched = false;
      this.itemEndedOnBlank = false;
    }
    // A paragraph in progress makes the line interrupt it; so does indented code, unless it was
    // started on a lazy line (a container stopped and none opened), where micromark is not consistent.
    const leaf = this.oldtip;
    const code = leaf.type === 'code' && leaf.fenceLength === 0;
    this.containersMatched = containersMatched;
    this.newContainer = false;
    this.interrupting = containersMatched && (leaf.type === 'paragraph' || (code && leaf.cleanStart));
    this.uncertainInterrupt = containersMatched && code && !leaf.cleanStart;
    // -1 when a container prefix ends inside a tab: the rest of that tab is not a character of its own.
    this.afterContainers = this.partiallyConsumedTab ? -1 : this.offset;
    this.allClosed = container === this.oldtip;
    this.lastMatched = container;
    let matchedLeaf = container.type === 'code' || container.type === 'html';
    while (!matchedLeaf) {
      this.findNextNonspace();
      const c = this.text.charCodeAt(this.nextNonspace);
      if (!this.indented && !(c < 128 && MAYBE_SPECIAL[c])) {
        this.advanceNextNonspace();
        break;
      }
      const r = blockStart(this, container);
      if (this.unsupported !== undefined) return;
      if (r === 0) {
        this.advanceNextNonspace();
        break;
      }
      container = this.tip;
      if (r === 2) matchedLeaf = true;
    }
    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') {
      this.addParagraphLine(this.tip, true);
      return;
    }
    this.closeUnmatchedBlocks();
    switch (container.type) {
      case 'paragraph':
        this.addParagraphLine(container, false);
        break;
      case 'html':
        this.addHtmlLine(container);
        break;
      case 'code':
      case 'heading':
      case 'thematic':
      case 'table':
        if (!this.blank) container.end = lineEnd;
        break;
      default:
        if (this.offset < lineEnd && !this.blank) {
          // Where a container stopped, micromark reads the new paragraph in the flow of the container
          // it left: text starting with `[` may then mark an enclosing list item as a task.
          if (!this.containersMatched && !this.newContainer && this.text.charCodeAt(this.nextNonspace) === 91) {
            this.unsupported = 'a paragraph starting with `[` where a container stopped';
            return;
          }
          const p = this.addChild('paragraph', this.nextNonspace);
          this.advanceNextNonspace();
          this.addParagraphLine(p, false);
        }
    }
  }

  private addParagraphLine(p: Block, lazy: boolean): void {
    const text = this.text;
    let start = this.offset;
    while (start < this.lineEnd && isSpace(text.charCodeAt(start))) start++;
    const lines = p.lines;
    if (!lazy && lines.length > 0 && this.indent < 4) {
      const cells = delimiterRowCells(text, start, this.lineEnd);
      if (cells > 0 && !(p.lastLineIndent >= 4 && lines.length > 2) && headRowCells(text, lines[lines.length - 2]!, lines[lines.length - 1]!) === cells) {
        if (p.lastLineLazy) {
          this.unsupported = 'table head row on a lazy line';
          return;
        }
        this.startTable(p);
        return;
      }
    }
    lines.push(start, this.lineEnd);
    p.rawStarts.push(this.afterContainers);
    p.lazyLines.push(lazy);
    p.end = this.lineEnd;
    // A line that leaves a container right after a table went to that table first in micromark
    // (as a lazy body row it refused): it is never a head row there. Both cases are left to remark.
    p.lastLineLazy = lazy || (!this.containersMatched && this.oldtip.type === 'table');
    p.lastLineIndent = this.indent;
  }

  /** The paragraph's last line is a table head row and this line its delimiter row. */
  private startTable(p: Block): void {
    const lines = p.lines;
    const headStart = lines[lines.length - 2]!;
    if (lines.length === 2) {
      p.type = 'table';
    } else {
      lines.length -= 2;
      p.rawStarts.length -= 1;
      p.lazyLines.length -= 1;
      p.end = lines[lines.length - 1]!;
      this.finalize(p);
      this.addChild('table', headStart);
    }
    this.tip.end = this.lineEnd;
  }

  private addHtmlLine(block: Block): void {
    block.lines.push(this.offset, this.lineEnd);
    if (!this.blank) block.end = this.lineEnd;
    if (block.htmlKind <= 5) {
      const from = block.lines.length === 2 ? htmlEndSearchStart(block.htmlKind, block.start) : this.offset;
      if (htmlBlockEnds(block.htmlKind, this.text, from, this.lineEnd)) this.finalize(block);
    }
  }
}
