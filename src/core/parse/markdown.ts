// Reads the Markdown body into what handoffs need: headings, `##` sections with their bodies, GFM
// task items and disable comments. The fast path is a block scanner (markdown-outline.ts); the
// reference, and the fallback for what the scanner does not reproduce, is unified + remark
// (CommonMark + GFM). test/unit/model/outline-property.test.ts proves the two agree.
import type { Heading as MdHeading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { libraries } from '../vendor/load';
import { findFrontMatter } from './front-matter';
import { deepestLine, MAX_NESTING, MAX_REFERENCE_PARSE_LENGTH, type LimitExceeded } from './limits';
import { scanOutline } from './markdown-outline';

export interface MarkdownHeading {
  readonly depth: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface MarkdownTaskItem {
  readonly checked: boolean;
  readonly text: string;
  /** Offsets of the whole list item's first line (marker to end of its first paragraph line). */
  readonly start: number;
  readonly end: number;
  /** Offset of the `[ ]` / `[x]` box. */
  readonly checkboxStart: number;
}

export interface MarkdownSection {
  readonly heading: MarkdownHeading;
  /** Body: from the end of the heading to the next heading of depth ≤ 2 (or the end of the text). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** True when the body holds nothing but blank lines and HTML comments. */
  readonly empty: boolean;
  readonly taskItems: readonly MarkdownTaskItem[];
}

export interface MarkdownOutline {
  readonly headings: readonly MarkdownHeading[];
  readonly sections: readonly MarkdownSection[];
  readonly taskItems: readonly MarkdownTaskItem[];
  readonly disabledRules: ReadonlySet<string>;
  /** Offset where the body starts (after front-matter). */
  readonly bodyStart: number;
  /** Present when the body went past a limit (limits.ts): the outline is then empty. */
  readonly limitExceeded?: LimitExceeded;
}

export function parseMarkdown(text: string): MarkdownOutline {
  let reason = '';
  const fast = scanOutline(text, (r) => (reason = r));
  if (fast) return fast;
  // remark is the slow parser: never hand it a body that could block the editor for seconds.
  // remark reads an unclosed front-matter as Markdown: all of the text is body then.
  const fm = findFrontMatter(text);
  const from = fm && !fm.unclosed ? fm.end : 0;
  if (text.length - from > MAX_REFERENCE_PARSE_LENGTH) {
    const message = `Unexpected body over ${MAX_REFERENCE_PARSE_LENGTH / 1024} KB that needs the full Markdown parser (${reason})`;
    return emptyOutline(text, { part: 'body', message, start: from, end: from });
  }
  const deep = deepestLine(text, from);
  if (deep) return emptyOutline(text, { part: 'body', message: `Unexpected nesting deeper than ${MAX_NESTING} block quotes and list items`, ...deep });
  return parseMarkdownWithRemark(text);
}

/** The outline of a body that was not read; `limit` says why, when a limit is the reason. */
export function emptyOutline(text: string, limitExceeded?: LimitExceeded): MarkdownOutline {
  const bodyStart = findFrontMatter(text)?.end ?? 0;
  const outline = { headings: [], sections: [], taskItems: [], disabledRules: new Set<string>(), bodyStart };
  if (!limitExceeded) return outline;
  // The body was not parsed, but its disable comments still count (even one in a code block, then).
  collectDisables(text.slice(bodyStart), outline.disabledRules);
  return { ...outline, limitExceeded };
}

/** The outline from remark's full syntax tree: the reference the fast path is tested against. */
export function parseMarkdownWithRemark(text: string): MarkdownOutline {
  // Never throws: thousands of nested quotes or lists exhaust the stack in remark-gfm (then the
  // outline is read without GFM, so without task items) or, rarely, in remark itself (then it is empty).
  try {
    return outline(text, libraries().markdownProcessor.parse(text) as Root);
  } catch {
    try {
      return outline(text, libraries().commonMarkProcessor.parse(text) as Root);
    } catch {
      return emptyOutline(text);
    }
  }
}

function outline(text: string, root: Root): MarkdownOutline {
  const headings: MarkdownHeading[] = [];
  const taskItems: MarkdownTaskItem[] = [];
  const disabledRules = new Set<string>();
  const bodyStart = root.children[0]?.type === 'yaml' ? end(root.children[0]) : 0;

  walk(root, (node) => {
    if (node.type === 'heading') headings.push(toHeading(node));
    else if (node.type === 'listItem' && typeof node.checked === 'boolean') taskItems.push(toTaskItem(node, text));
    else if (node.type === 'html') collectDisables(node.value, disabledRules);
  });

  const top = root.children;
  const sections: MarkdownSection[] = [];
  // Task items are in document order, like sections: one pass hands each section its items
  // (filtering the whole list per section is quadratic on documents with many of both).
  let firstTask = 0;
  for (let i = 0; i < top.length; i++) {
    const node = top[i]!;
    if (node.type !== 'heading' || node.depth !== 2) continue;
    let j = i + 1;
    while (j < top.length && !(top[j]!.type === 'heading' && (top[j] as MdHeading).depth <= 2)) j++;
    const heading = toHeading(node);
    const bodyEnd = j < top.length ? start(top[j]!) : text.length;
    const body = top.slice(i + 1, j);
    while (firstTask < taskItems.length && taskItems[firstTask]!.start < heading.end) firstTask++;
    let endTask = firstTask;
    while (endTask < taskItems.length && taskItems[endTask]!.start < bodyEnd) endTask++;
    sections.push({
      heading,
      bodyStart: heading.end,
      bodyEnd,
      empty: body.every((n) => n.type === 'html' && isCommentOnly(n.value)),
      taskItems: taskItems.slice(firstTask, endTask),
    });
  }
  return { headings, sections, taskItems, disabledRules, bodyStart };
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  // Iterative, so deeply nested lists or quotes cannot exhaust the stack.
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }
}

function toHeading(node: MdHeading): MarkdownHeading {
  return { depth: node.depth, text: toString(node).trim(), start: start(node), end: end(node) };
}

function toTaskItem(node: ListItem, text: string): MarkdownTaskItem {
  const itemStart = start(node);
  const first = node.children[0];
  const firstLineEnd = lineEndAfter(text, first ? start(first) : itemStart);
  const box = text.indexOf('[', itemStart);
  return {
    checked: node.checked === true,
    text: first ? toString(first).split(/\r?\n|\r/)[0]!.trim() : '',
    start: itemStart,
    end: Math.min(firstLineEnd, end(node)),
    checkboxStart: box >= 0 && box < firstLineEnd ? box : itemStart,
  };
}

/**
 * True when `html` holds nothing but whitespace and `<!-- … -->` comments: what
 * /^(?:\s*<!--[\s\S]*?-->)*\s*$/ matches (one comment may span them all), without its
 * exponential backtracking.
 */
export function isCommentOnly(html: string): boolean {
  const s = html.trim();
  return s === '' || (s.startsWith('<!--') && s.length >= 7 && s.endsWith('-->'));
}

const DISABLE_MARK = '<!--';
const DISABLE_WORD = 'handoff-disable';
const isWhitespace = (c: string | undefined) => c !== undefined && c.trim() === '';
const isIdChar = (c: string) => /[\w,-]/.test(c) || isWhitespace(c);

/**
 * Adds the rule ids of every `<!-- handoff-disable id, id -->` in `html` to `into`: what
 * /<!--\s*handoff-disable\s+([\w\s,-]+?)\s*-->/g finds, in one pass (that pattern backtracks
 * cubically on a long run of spaces).
 */
export function collectDisables(html: string, into: Set<string>): void {
  for (let open = html.indexOf(DISABLE_MARK); open >= 0; open = html.indexOf(DISABLE_MARK, open + 1)) {
    let i = open + DISABLE_MARK.length;
    while (isWhitespace(html[i])) i++;
    if (!html.startsWith(DISABLE_WORD, i)) continue;
    const idsStart = i + DISABLE_WORD.length;
    if (!isWhitespace(html[idsStart])) continue;
    // Ids and whitespace run up to the first other character, which must be the `>` of `-->`.
    let end = idsStart;
    while (end < html.length && isIdChar(html[end]!)) end++;
    if (html[end] !== '>' || !html.startsWith('--', end - 2) || end - 2 < idsStart + 2) continue;
    for (const id of html.slice(idsStart, end - 2).split(/[\s,]+/)) if (id) into.add(id);
    open = end;
  }
}

function lineEndAfter(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  const candidates = [n, r].filter((i) => i >= 0);
  return candidates.length ? Math.min(...candidates) : text.length;
}

function start(node: RootContent | Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: RootContent | Nodes): number {
  return node.position?.end.offset ?? 0;
}
