// A block-level Markdown scanner: the CommonMark container/leaf algorithm (block quotes, list
// items, headings, fenced and indented code, HTML blocks, paragraphs) plus GFM tables, tuned to
// reproduce what micromark (under remark-parse) decides, line by line and without building an
// inline tree. It keeps only what the outline needs (markdown-outline.ts); the property test
// test/unit/model/outline-property.test.ts proves it against remark on thousands of documents.
// Constructs it does not reproduce exactly set `unsupported`, and the caller falls back to remark.
import { Block, canContain, type BlockType } from './block';
import { continues } from './block-continuation';
import { LineCursor } from './line-cursor';
import { MAX_BLOCKS, MAX_NESTING } from './limits';
import { delimiterRowCells, headRowCells, htmlBlockEnds, htmlBlockStart, htmlEndSearchStart, isThematicBreak, listMarker, setextUnderline } from './block-syntax';

const isSpace = (c: number) => c === 32 || c === 9;
/** First characters that can start a block other than a paragraph (commonmark.js's `reMaybeSpecial`). */
const MAYBE_SPECIAL = new Uint8Array(128);
for (const ch of '#`~*+_=<>-0123456789') MAYBE_SPECIAL[ch.charCodeAt(0)] = 1;

export class BlockScanner extends LineCursor {
  readonly doc: Block;
  /** Why the document needs the full parser, when it does. */
  unsupported: string | undefined;
  /** The line where the body went past MAX_NESTING or MAX_BLOCKS, and the message: then the scan stops. */
  limit: { start: number; end: number; message: string } | undefined;
  private blocks = 0;
  private tip: Block;
  private oldtip: Block;
  private lastMatched: Block;
  private allClosed = true;
  /**
   * micromark's `interrupt` for this line: every container matched and a paragraph or an indented
   * code block is in progress. Every list item opened on the line then obeys the rules for
   * interrupting a paragraph (start at 1, not empty), even inside a block quote opened on it.
   */
  private interrupting = false;
  /** Every open container continued on this line (micromark's `continued === stack.length`). */
  private containersMatched = true;
  /** A block quote or list item was opened on this line. */
  private newContainer = false;
  /** An empty list item ended on a blank line: micromark keeps it open until the next line. */
  private itemEndedOnBlank = false;
  /** The line follows indented code started on a lazy line, where micromark's `interrupt` is uncertain. */
  private uncertainInterrupt = false;
  /** Offset after the prefixes of the containers that continued on this line. */
  private afterContainers = 0;

  constructor(
    text: string,
    private readonly from: number,
  ) {
    super(text);
    this.doc = new Block('document', undefined, from);
    this.tip = this.oldtip = this.lastMatched = this.doc;
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
      const r = this.blockStart(container);
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

  /** Tries every block start at the current position: 0 none, 1 a container, 2 a leaf. */
  private blockStart(container: Block): number {
    const text = this.text;
    const at = this.nextNonspace;
    const end = this.lineEnd;
    const c = text.charCodeAt(at);
    if (!this.indented) {
      if (c === 62 /* > */) {
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (this.offset < end && isSpace(text.charCodeAt(this.offset))) this.advanceOffset(1, true);
        this.closeUnmatchedBlocks();
        this.addChild('blockquote', at);
        this.newContainer = true;
        return 1;
      }
      if (c === 35 /* # */) {
        let i = at;
        while (i < end && text.charCodeAt(i) === 35) i++;
        if (i - at <= 6 && (i === end || isSpace(text.charCodeAt(i)))) {
          this.closeUnmatchedBlocks();
          const h = this.addChild('heading', at);
          h.depth = i - at;
          h.end = end;
          this.offset = end;
          return 2;
        }
      }
      if (c === 96 /* ` */ || c === 126 /* ~ */) {
        let i = at;
        while (i < end && text.charCodeAt(i) === c) i++;
        if (i - at >= 3 && !(c === 96 && text.slice(i, end).includes('`'))) {
          this.closeUnmatchedBlocks();
          const code = this.addChild('code', at);
          code.fenceChar = c;
          code.fenceLength = i - at;
          code.fenceOffset = this.indent;
          this.advanceNextNonspace();
          this.advanceOffset(i - at, false);
          return 2;
        }
      }
      if (c === 60 /* < */) {
        const kind = htmlBlockStart(text, at, end, container.type !== 'paragraph');
        if (kind === 7 && !this.allClosed && this.tip.type === 'paragraph') {
          // On a lazy line micromark puts this tag in the paragraph's container as a one-line HTML block.
          this.unsupported = 'HTML tag on a lazy paragraph line';
          return 0;
        }
        if (kind > 0) {
          this.closeUnmatchedBlocks();
          this.addChild('html', at).htmlKind = kind;
          return 2;
        }
      }
      if (container.type === 'paragraph') {
        const depth = setextUnderline(text, at, end);
        if (depth > 0) {
          this.closeUnmatchedBlocks();
          container.type = 'heading';
          container.depth = depth;
          container.setext = true;
          container.end = end;
          this.offset = end;
          return 2;
        }
      }
      if (isThematicBreak(text, at, end)) {
        this.closeUnmatchedBlocks();
        this.addChild('thematic', at).end = end;
        this.offset = end;
        return 2;
      }
    }
    if (this.indent < 4 && this.listItemStart(container)) return 1;
    if (this.indented && this.tip.type !== 'paragraph' && !this.blank) {
      this.advanceOffset(4, true);
      this.closeUnmatchedBlocks();
      this.addChild('code', this.offset).cleanStart = this.containersMatched || this.newContainer;
      return 2;
    }
    return 0;
  }

  private listItemStart(container: Block): boolean {
    const text = this.text;
    const at = this.nextNonspace;
    const end = this.lineEnd;
    const marker = listMarker(text, at, end);
    if (!marker) return false;
    const inParagraph = container.type === 'paragraph' || this.interrupting;
    let i = at + marker.length;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const restricted = (marker.ordered && marker.start !== 1) || i === end;
    if (restricted && this.uncertainInterrupt && container.type !== 'paragraph') {
      this.unsupported = 'list item after indented code started on a lazy line';
      return false;
    }
    if (inParagraph && restricted) return false;
    const markerOffset = this.indent;
    this.advanceNextNonspace();
    this.advanceOffset(marker.length, true);
    const spacesStartCol = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartCol < 5 && this.offset < end && isSpace(text.charCodeAt(this.offset)));
    const blankItem = this.offset >= end;
    const spacesAfter = this.column - spacesStartCol;
    let padding: number;
    if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
      padding = marker.length + 1;
      this.column = spacesStartCol;
      this.offset = spacesStartOffset;
      this.partiallyConsumedTab = false;
      if (this.offset < end && isSpace(text.charCodeAt(this.offset))) this.advanceOffset(1, true);
    } else padding = marker.length + spacesAfter;
    this.closeUnmatchedBlocks();
    if (container.type !== 'list' || container.ordered !== marker.ordered || container.markerChar !== marker.char) {
      const list = this.addChild('list', at);
      list.ordered = marker.ordered;
      list.markerChar = marker.char;
    }
    const item = this.addChild('item', at);
    this.newContainer = true;
    item.ordered = marker.ordered;
    item.markerChar = marker.char;
    item.markerOffset = markerOffset;
    item.padding = padding;
    return true;
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

  private addChild(type: BlockType, start: number): Block {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip);
    const block = new Block(type, this.tip, start);
    // Absurd nesting would make every line walk thousands of open containers, and remark is slower still.
    if (block.containers > MAX_NESTING || ++this.blocks > MAX_BLOCKS) {
      const message =
        block.containers > MAX_NESTING
          ? `Unexpected nesting deeper than ${MAX_NESTING} block quotes and list items`
          : `Unexpected body of more than ${MAX_BLOCKS.toLocaleString('en')} blocks (paragraphs, list items, headings, ...)`;
      this.limit = { start, end: this.lineEnd, message };
      this.unsupported = message;
    }
    this.tip.children.push(block);
    this.tip = block;
    return block;
  }

  private finalize(block: Block): void {
    block.open = false;
    this.tip = block.parent!;
  }

  private closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    while (this.oldtip !== this.lastMatched) {
      const parent = this.oldtip.parent!;
      this.finalize(this.oldtip);
      this.oldtip = parent;
    }
    this.allClosed = true;
  }
}
