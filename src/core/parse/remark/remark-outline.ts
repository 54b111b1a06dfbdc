// The outline from remark's full syntax tree (unified + remark-parse + remark-frontmatter +
// remark-gfm, CommonMark + GFM): the reference the block scanner is tested against
// (test/unit/model/outline-property.test.ts), and the fallback for what the scanner does not reproduce.
import type { Heading as MdHeading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { libraries } from '../../vendor/load';
import { buildSections, collectDisables, emptyOutline, isCommentOnly, type MarkdownHeading, type MarkdownOutline, type MarkdownTaskItem } from '../outline';

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

  const sections = buildSections(text, root.children, taskItems, {
    headingDepth: (node) => (node.type === 'heading' ? node.depth : 0),
    start,
    heading: (node) => toHeading(node as MdHeading),
    commentOnly: (node) => node.type === 'html' && isCommentOnly(node.value),
  });
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
