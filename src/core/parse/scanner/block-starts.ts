// The block starts (commonmark.js's `blockStarts`) tried where a line's open containers end: block
// quotes, ATX and setext headings, fenced and indented code, HTML blocks, thematic breaks and list
// items, each where micromark would start it. They open the block on the scanner's tree.
import type { Block } from './block';
import type { BlockTree } from './block-tree';
import { htmlBlockStart, isThematicBreak, listMarker, setextUnderline } from './block-syntax';

const isSpace = (c: number) => c === 32 || c === 9;

/** Tries every block start at the current position: 0 none, 1 a container, 2 a leaf. */
export function blockStart(s: BlockTree, container: Block): number {
  const text = s.text;
  const at = s.nextNonspace;
  const end = s.lineEnd;
  const c = text.charCodeAt(at);
  if (!s.indented) {
    if (c === 62 /* > */) {
      s.advanceNextNonspace();
      s.advanceOffset(1, false);
      if (s.offset < end && isSpace(text.charCodeAt(s.offset))) s.advanceOffset(1, true);
      s.closeUnmatchedBlocks();
      s.addChild('blockquote', at);
      s.newContainer = true;
      return 1;
    }
    if (c === 35 /* # */) {
      let i = at;
      while (i < end && text.charCodeAt(i) === 35) i++;
      if (i - at <= 6 && (i === end || isSpace(text.charCodeAt(i)))) {
        s.closeUnmatchedBlocks();
        const h = s.addChild('heading', at);
        h.depth = i - at;
        h.end = end;
        s.offset = end;
        return 2;
      }
    }
    if (c === 96 /* ` */ || c === 126 /* ~ */) {
      let i = at;
      while (i < end && text.charCodeAt(i) === c) i++;
      if (i - at >= 3 && !(c === 96 && text.slice(i, end).includes('`'))) {
        s.closeUnmatchedBlocks();
        const code = s.addChild('code', at);
        code.fenceChar = c;
        code.fenceLength = i - at;
        code.fenceOffset = s.indent;
        s.advanceNextNonspace();
        s.advanceOffset(i - at, false);
        return 2;
      }
    }
    if (c === 60 /* < */) {
      const kind = htmlBlockStart(text, at, end, container.type !== 'paragraph');
      if (kind === 7 && !s.allClosed && s.tip.type === 'paragraph') {
        // On a lazy line micromark puts this tag in the paragraph's container as a one-line HTML block.
        s.unsupported = 'HTML tag on a lazy paragraph line';
        return 0;
      }
      if (kind > 0) {
        s.closeUnmatchedBlocks();
        s.addChild('html', at).htmlKind = kind;
        return 2;
      }
    }
    if (container.type === 'paragraph') {
      const depth = setextUnderline(text, at, end);
      if (depth > 0) {
        s.closeUnmatchedBlocks();
        container.type = 'heading';
        container.depth = depth;
        container.setext = true;
        container.end = end;
        s.offset = end;
        return 2;
      }
    }
    if (isThematicBreak(text, at, end)) {
      s.closeUnmatchedBlocks();
      s.addChild('thematic', at).end = end;
      s.offset = end;
      return 2;
    }
  }
  if (s.indent < 4 && listItemStart(s, container)) return 1;
  if (s.indented && s.tip.type !== 'paragraph' && !s.blank) {
    s.advanceOffset(4, true);
    s.closeUnmatchedBlocks();
    s.addChild('code', s.offset).cleanStart = s.containersMatched || s.newContainer;
    return 2;
  }
  return 0;
}

function listItemStart(s: BlockTree, container: Block): boolean {
  const text = s.text;
  const at = s.nextNonspace;
  const end = s.lineEnd;
  const marker = listMarker(text, at, end);
  if (!marker) return false;
  const inParagraph = container.type === 'paragraph' || s.interrupting;
  let i = at + marker.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const restricted = (marker.ordered && marker.start !== 1) || i === end;
  if (restricted && s.uncertainInterrupt && container.type !== 'paragraph') {
    s.unsupported = 'list item after indented code started on a lazy line';
    return false;
  }
  if (inParagraph && restricted) return false;
  const markerOffset = s.indent;
  s.advanceNextNonspace();
  s.advanceOffset(marker.length, true);
  const spacesStartCol = s.column;
  const spacesStartOffset = s.offset;
  do {
    s.advanceOffset(1, true);
  } while (s.column - spacesStartCol < 5 && s.offset < end && isSpace(text.charCodeAt(s.offset)));
  const blankItem = s.offset >= end;
  const spacesAfter = s.column - spacesStartCol;
  let padding: number;
  if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
    padding = marker.length + 1;
    s.column = spacesStartCol;
    s.offset = spacesStartOffset;
    s.partiallyConsumedTab = false;
    if (s.offset < end && isSpace(text.charCodeAt(s.offset))) s.advanceOffset(1, true);
  } else padding = marker.length + spacesAfter;
  s.closeUnmatchedBlocks();
  if (container.type !== 'list' || container.ordered !== marker.ordered || container.markerChar !== marker.char) {
    const list = s.addChild('list', at);
    list.ordered = marker.ordered;
    list.markerChar = marker.char;
  }
  const item = s.addChild('item', at);
  s.newContainer = true;
  item.ordered = marker.ordered;
  item.markerChar = marker.char;
  item.markerOffset = markerOffset;
  item.padding = padding;
  return true;
}
