// Whether a list item is a GFM task item, decided as micromark (remark-gfm) decides it, from the
// item's first paragraph: a `[ ]`, `[x]` or `[X]` box right at its content column, then a space
// or a tab, then text.
import type { Block } from './block';
import type { MutableTask } from './inline-batch';

/** A task item: its text (filled in later), the rest of its first line after the box, and its list marker. */
export interface TaskRead {
  readonly task: MutableTask;
  readonly rest: string;
  readonly marker: string;
}

/** The task `block` (a list item) is, undefined when it is none, or why remark must decide. */
export function readTaskItem(text: string, block: Block): TaskRead | { unsupported: string } | undefined {
  const first = block.children[0];
  if (first === undefined || first.type !== 'paragraph') return undefined;
  const lines = first.lines;
  const cs = lines[0]!;
  const lineEnd = lines[1]!;
  if (text.charCodeAt(cs) !== 91 /* [ */) return undefined;
  // An item whose text starts on the next line is a task only when nothing (not even a space)
  // follows its marker.
  let afterMarker = block.start + 1;
  if (block.ordered) while (afterMarker < cs && text.charCodeAt(afterMarker - 1) >= 48 && text.charCodeAt(afterMarker - 1) <= 57) afterMarker++;
  const firstLineBreak = text.slice(block.start, cs).search(/[\r\n]/);
  if (firstLineBreak >= 0) {
    if (block.start + firstLineBreak !== afterMarker) return undefined;
    // ... and when its text starts right at the item's content column.
    if (first.rawStarts[0]! < 0) return { unsupported: 'a split tab before a check box' };
    if (first.rawStarts[0] !== cs) return undefined;
  }
  const value = text.charCodeAt(cs + 1);
  if (cs + 1 >= lineEnd) {
    // `[` then a line break: remark may still read a check box across the two lines.
    return lines.length > 2 ? { unsupported: 'check box split over two lines' } : undefined;
  }
  if (text.charCodeAt(cs + 2) !== 93 /* ] */ || cs + 2 >= lineEnd || !(value === 32 || value === 120 || value === 88 || value === 9)) return undefined;
  // micromark splits a tab into columns: `[<tab>]` is a box only when the tab is one column wide.
  if (value === 9 && tabWidth(text, cs + 1) !== 1) return undefined;
  const after = cs + 3;
  if (after >= lineEnd) {
    // Nothing after the box on its line: a task only when the paragraph goes on.
    return lines.length > 2 ? { unsupported: 'check box alone on its line' } : undefined;
  }
  const next = text.charCodeAt(after);
  if (next !== 32 && next !== 9) return undefined;
  const rest = text.slice(after, lineEnd);
  if (rest.trim() === '') return { unsupported: 'check box followed by whitespace only' };
  const box = text.indexOf('[', block.start);
  const task: MutableTask = {
    checked: value === 120 || value === 88,
    text: '',
    start: block.start,
    end: lineEnd,
    checkboxStart: box >= 0 && box < lineEnd ? box : block.start,
  };
  return { task, rest, marker: text.slice(block.start, afterMarker) };
}

/** Columns the tab at `at` spans (tab stops every 4 columns from the start of its line). */
function tabWidth(text: string, at: number): number {
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let column = 0;
  for (let i = lineStart; i < at; i++) column += text.charCodeAt(i) === 9 ? 4 - (column % 4) : 1;
  return 4 - (column % 4);
}
