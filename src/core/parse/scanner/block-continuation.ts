// Whether an open block goes on at the start of a line (commonmark.js's `continue`), moving the
// cursor past the block's prefix (`>`, a list item's indentation, a fenced block's indentation).
import type { Block } from './block';
import type { LineCursor } from './line-cursor';

const isSpace = (c: number) => c === 32 || c === 9;

/** 0: `block` continues on this line; 1: it does not; 2: the line closes it (a closing fence). */
export function continues(c: LineCursor, block: Block): number {
  const text = c.text;
  switch (block.type) {
    case 'list':
      return 0;
    case 'blockquote':
      if (c.indented || text.charCodeAt(c.nextNonspace) !== 62 || c.nextNonspace >= c.lineEnd) return 1;
      c.advanceNextNonspace();
      c.advanceOffset(1, false);
      if (c.offset < c.lineEnd && isSpace(text.charCodeAt(c.offset))) c.advanceOffset(1, true);
      return 0;
    case 'item':
      if (c.blank) {
        if (block.children.length === 0) return 1;
        c.advanceNextNonspace();
      } else if (c.indent >= block.markerOffset + block.padding) {
        c.advanceOffset(block.markerOffset + block.padding, true);
      } else return 1;
      return 0;
    case 'code':
      if (block.fenceLength > 0) {
        if (c.indent <= 3 && text.charCodeAt(c.nextNonspace) === block.fenceChar) {
          let i = c.nextNonspace;
          while (i < c.lineEnd && text.charCodeAt(i) === block.fenceChar) i++;
          let j = i;
          while (j < c.lineEnd && isSpace(text.charCodeAt(j))) j++;
          if (i - c.nextNonspace >= block.fenceLength && j === c.lineEnd) {
            block.end = c.lineEnd;
            return 2;
          }
        }
        for (let k = block.fenceOffset; k > 0 && c.offset < c.lineEnd && isSpace(text.charCodeAt(c.offset)); k--) c.advanceOffset(1, true);
        return 0;
      }
      if (c.indent >= 4) c.advanceOffset(4, true);
      else if (c.blank) c.advanceNextNonspace();
      else return 1;
      return 0;
    case 'html':
      return c.blank && block.htmlKind >= 6 ? 1 : 0;
    case 'paragraph':
    case 'table':
      return c.blank ? 1 : 0;
    default:
      return 1;
  }
}
