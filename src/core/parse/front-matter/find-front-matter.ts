// Finds the front-matter block: where it is, not what it says (a string scan, no YAML).
import type { FrontMatterBlock } from '../../model/front-matter';

const FENCE = /^---[ \t]*$/;

/**
 * Locates front-matter the way remark-frontmatter does: a `---` line at the very start of the text,
 * closed by the next `---` line. `text` must already be free of a byte-order mark.
 */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const firstBreak = nextLineBreak(text, 0);
  if (!FENCE.test(text.slice(0, firstBreak.at))) return undefined;
  if (firstBreak.at === text.length) return undefined;
  const contentStart = firstBreak.next;
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    const br = nextLineBreak(text, lineStart);
    if (FENCE.test(text.slice(lineStart, br.at))) {
      return { start: 0, end: br.next, contentStart, contentEnd: lineStart, unclosed: false };
    }
    if (br.at === text.length) break;
    lineStart = br.next;
  }
  return { start: 0, end: text.length, contentStart, contentEnd: text.length, unclosed: true };
}

function nextLineBreak(text: string, from: number): { at: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { at: i, next: i + 1 };
    if (c === 13) return { at: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { at: text.length, next: text.length };
}

