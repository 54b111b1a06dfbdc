// The outline of a Markdown body, as both parsers give it (the block scanner in scanner/ and the
// remark reference in remark/): headings, `##` sections with their bodies, GFM task items and
// disable comments. The pieces both share live here: the section builder and the comment readers.
import type { LimitExceeded } from '../model/limit-exceeded';
import { findFrontMatter } from './front-matter/find-front-matter';

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

/** The outline of a body that was not read; `limit` says why, when a limit is the reason. */
export function emptyOutline(text: string, limitExceeded?: LimitExceeded): MarkdownOutline {
  const bodyStart = findFrontMatter(text)?.end ?? 0;
  const outline = { headings: [], sections: [], taskItems: [], disabledRules: new Set<string>(), bodyStart };
  if (!limitExceeded) return outline;
  // The body was not parsed, but its disable comments still count (even one in a code block, then).
  collectDisables(text.slice(bodyStart), outline.disabledRules);
  return { ...outline, limitExceeded };
}

/** How a parser's top-level blocks look to the section builder. */
export interface SectionSource<Node> {
  /** 1–6 for a heading, 0 for anything else. */
  headingDepth(node: Node): number;
  start(node: Node): number;
  /** The outline heading of a heading node. */
  heading(node: Node): MarkdownHeading;
  /** True for an HTML block holding nothing but comments (see isCommentOnly). */
  commentOnly(node: Node): boolean;
}

/**
 * The `##` sections of a body from its top-level blocks: each runs to the next heading of depth
 * ≤ 2 and gets the task items between its heading and its end. `tasks` are in document order, like
 * sections, so one pass hands each section its items (filtering the whole list per section is
 * quadratic on documents with many of both).
 */
export function buildSections<Node>(text: string, top: readonly Node[], tasks: readonly MarkdownTaskItem[], source: SectionSource<Node>): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let firstTask = 0;
  for (let i = 0; i < top.length; i++) {
    const node = top[i]!;
    if (source.headingDepth(node) !== 2) continue;
    let j = i + 1;
    while (j < top.length && !(source.headingDepth(top[j]!) > 0 && source.headingDepth(top[j]!) <= 2)) j++;
    const heading = source.heading(node);
    const bodyEnd = j < top.length ? source.start(top[j]!) : text.length;
    let empty = true;
    for (let k = i + 1; k < j && empty; k++) empty = source.commentOnly(top[k]!);
    while (firstTask < tasks.length && tasks[firstTask]!.start < heading.end) firstTask++;
    let endTask = firstTask;
    while (endTask < tasks.length && tasks[endTask]!.start < bodyEnd) endTask++;
    sections.push({ heading, bodyStart: heading.end, bodyEnd, empty, taskItems: tasks.slice(firstTask, endTask) });
  }
  return sections;
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
