// front-matter-not-first: blank lines before the opening `---` make a file no handoff: the
// front-matter is read as Markdown (a rule and a heading), so the handoff silently vanishes from
// lint, the list and the dashboard. One hint, on the fence, says why; the fix removes the blank lines.
import { defineRule } from '../lint/rule';
import { blankLinesBeforeFrontMatter } from '../parse/parse-handoff';

export default defineRule({
  meta: {
    id: 'front-matter-not-first',
    docs: { description: 'Blank lines before the front-matter make the file no handoff' },
    messages: {
      blankLines: 'Unexpected blank lines before the front-matter: `---` must be the first line, or the file is not read as a handoff',
    },
    defaultSeverity: 'warning',
    fixable: true,
    requiresType: false,
    nonHandoffs: true,
  },
  check(doc, { report }) {
    const length = blankLinesBeforeFrontMatter(doc.text);
    if (length === 0) return;
    const fence = doc.lines.positionAt(length).line;
    report({
      messageId: 'blankLines',
      range: doc.lines.rangeOf(doc.lines.lineStart(fence), doc.lines.lineStart(fence) + 3),
      fixes: [{ title: 'Remove the blank lines before the front-matter', edits: [{ range: doc.lines.rangeOf(0, length), newText: '' }] }],
    });
  },
});
