// The scanner's tree of blocks as it grows line by line (commonmark.js's parser state): the open
// blocks, what this line matched of them, and the operations that open and close blocks. The
// line loop (block-scanner.ts) and the block starts (block-starts.ts) both work on it.
import { Block, canContain, type BlockType } from './block';
import { LineCursor } from './line-cursor';
import { MAX_BLOCKS, MAX_NESTING } from '../limits';

export class BlockTree extends LineCursor {
  readonly doc: Block;
  /** Why the document needs the full parser, when it does. */
  unsupported: string | undefined;
  /** The line where the body went past MAX_NESTING or MAX_BLOCKS, and the message: then the scan stops. */
  limit: { start: number; end: number; message: string } | undefined;
  /** The innermost open block. */
  tip: Block;
  /** The tip before this line. */
  oldtip: Block;
  /** The innermost container that continued on this line. */
  lastMatched: Block;
  /** Every block that did not continue on this line is closed. */
  allClosed = true;
  /**
   * micromark's `interrupt` for this line: every container matched and a paragraph or an indented
   * code block is in progress. Every list item opened on the line then obeys the rules for
   * interrupting a paragraph (start at 1, not empty), even inside a block quote opened on it.
   */
  interrupting = false;
  /** Every open container continued on this line (micromark's `continued === stack.length`). */
  containersMatched = true;
  /** A block quote or list item was opened on this line. */
  newContainer = false;
  /** The line follows indented code started on a lazy line, where micromark's `interrupt` is uncertain. */
  uncertainInterrupt = false;
  private blocks = 0;

  constructor(text: string, from: number) {
    super(text);
    this.doc = new Block('document', undefined, from);
    this.tip = this.oldtip = this.lastMatched = this.doc;
  }

  addChild(type: BlockType, start: number): Block {
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

  finalize(block: Block): void {
    block.open = false;
    this.tip = block.parent!;
  }

  closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    while (this.oldtip !== this.lastMatched) {
      const parent = this.oldtip.parent!;
      this.finalize(this.oldtip);
      this.oldtip = parent;
    }
    this.allClosed = true;
  }
}
