// The blocks the scanner (block-scanner.ts) builds: one class with the fields every kind needs,
// so the hot loop stays monomorphic.

export type BlockType = 'document' | 'blockquote' | 'list' | 'item' | 'paragraph' | 'heading' | 'thematic' | 'code' | 'html' | 'table';

/**
 * What a block never has: containers hold no lines, leaves no children. Sharing one frozen empty
 * array keeps a megabyte of nested list items from costing millions of arrays (and seconds of GC).
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

export class Block {
  open = true;
  readonly children: Block[];
  /** Offset just past the block's last character on its last line (line break excluded). */
  end: number;
  /** Paragraphs and setext headings: [contentStart, lineEnd] per line. HTML blocks: [lineStart, lineEnd]. */
  readonly lines: number[];
  /** Paragraphs: where each line starts after its container prefixes (code spans keep the indentation). */
  readonly rawStarts: number[];
  /** Paragraphs: which lines were lazy continuation lines. */
  readonly lazyLines: boolean[];
  /** Headings: 1–6; setext headings keep their paragraph's `lines`. */
  depth = 0;
  setext = false;
  /** Paragraphs: how the last line came in (a table head row must be a clean line indented < 4). */
  lastLineLazy = false;
  lastLineIndent = 0;
  // List items and lists.
  ordered = false;
  markerChar = 0;
  markerOffset = 0;
  padding = 0;
  // Code: fenced when fenceLength > 0.
  fenceChar = 0;
  fenceLength = 0;
  fenceOffset = 0;
  htmlKind = 0;
  /** Indented code: started on a line where every open container continued (see `interrupting`). */
  cleanStart = false;
  /** Block quotes and list items this block is in, itself included: the nesting MAX_NESTING limits. */
  readonly containers: number;

  constructor(
    public type: BlockType,
    readonly parent: Block | undefined,
    readonly start: number,
  ) {
    this.end = start;
    const container = type === 'document' || type === 'blockquote' || type === 'list' || type === 'item';
    this.children = container ? [] : NONE;
    this.lines = container ? NONE : [];
    this.rawStarts = container ? NONE : [];
    this.lazyLines = container ? NONE : [];
    this.containers = (parent ? parent.containers : 0) + (type === 'blockquote' || type === 'item' ? 1 : 0);
  }
}

/** Which blocks may hold which (commonmark.js's `canContain`). */
export function canContain(parent: BlockType, child: BlockType): boolean {
  switch (parent) {
    case 'document':
    case 'blockquote':
    case 'item':
      return child !== 'item';
    case 'list':
      return child === 'item';
    default:
      return false;
  }
}
