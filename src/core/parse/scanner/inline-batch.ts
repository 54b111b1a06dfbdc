// Heading and task texts with inline syntax the scanner does not read itself (inline-text.ts) are
// queued as snippets, each as its block was written (marker, content column, line breaks), and
// read by remark in one batch document: the texts are then exactly remark's.
import type { Heading as MdHeading, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { libraries } from '../../vendor/load';
import type { MarkdownHeading, MarkdownTaskItem } from '../outline';
import type { Block } from './block';

export type MutableHeading = { -readonly [K in keyof MarkdownHeading]: MarkdownHeading[K] };
export type MutableTask = { -readonly [K in keyof MarkdownTaskItem]: MarkdownTaskItem[K] };

/** A snippet for remark and the heading or task whose text it fills in. */
export interface Pending {
  readonly snippet: string;
  readonly heading?: MutableHeading;
  readonly task?: MutableTask;
}

/** A snippet's text, and why the scanner cannot trust remark's reading of it, if it cannot. */
export interface Snippet {
  readonly text: string;
  readonly unsupported: string | undefined;
}

/**
 * A paragraph (or setext heading content) as a snippet for remark: `head` is its first line, then every
 * further line as written after its container prefixes (code spans keep that indentation),
 * indented by `indent`, with its own line break.
 */
export function snippetOf(text: string, block: Block, head: string, indent: string, tail: string): Snippet {
  let unsupported: string | undefined;
  let snippet = head;
  for (let i = 2; i < block.lines.length; i += 2) {
    const rawStart = block.rawStarts[i / 2]!;
    // A tab partly inside a container prefix: micromark reads its rest as spaces.
    const raw = text.slice(rawStart, block.lines[i + 1]!);
    // A tab's width depends on its column, which differs in the snippet.
    if (rawStart < 0 || /^[ ]*\t/.test(raw)) unsupported = 'a continuation line of inline syntax indented with a tab';
    const lazy = block.lazyLines[i / 2]!;
    if (lazy && indent && columns(raw) >= indent.length) unsupported = 'a lazy line indented as far as its list item';
    // A lazy line stays lazy (unindented), so no block (a table) can start where remark saw none.
    snippet += eol(text, block.lines[i - 1]!) + (lazy ? '' : indent) + raw;
  }
  return { text: snippet + tail, unsupported };
}

/** Reads every heading and task text with inline syntax through remark, in one batch document. */
export function readPending(pending: readonly Pending[]): boolean {
  const starts: number[] = [];
  let combined = '';
  for (const p of pending) {
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
  const seen = new Uint8Array(pending.length);
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
    return pending[lo];
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
export function eol(text: string, at: number): string {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? '\r\n' : text[at]!;
}
