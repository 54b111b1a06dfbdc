// Reads the Markdown body into its outline (outline.ts). The fast path is the block scanner
// (scanner/); the reference, and the fallback for what the scanner does not reproduce, is remark
// (remark/), given only bodies within the limits (limits.ts).
// test/unit/model/outline-property.test.ts proves the two agree.
import { findFrontMatter } from './front-matter/find-front-matter';
import { deepestLine, MAX_NESTING, MAX_REFERENCE_PARSE_LENGTH } from './limits';
import { emptyOutline, type MarkdownOutline } from './outline';
import { parseMarkdownWithRemark } from './remark/remark-outline';
import { scanOutline } from './scanner/scan-outline';

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
