// too-complex: the document went past a parser limit (parse/limits.ts: nesting, front-matter size,
// what the slow Markdown parser may read), so part of it was not read. Said once per document, with
// the limit, so a hostile or broken file costs the editor milliseconds and the author knows why
// its sections or fields are not checked. Every rule that does not need the unread part still runs.
import { defineRule } from '../lint/rule';

const UNREAD = { 'front-matter': 'its fields are not read', body: 'its sections and checklist are not checked' } as const;

export default defineRule({
  meta: {
    id: 'too-complex',
    docs: { description: 'The document goes past a parser limit, so part of it is not checked' },
    // The parser's limit messages ("Unexpected …") joined, each saying what was not read.
    messages: { limits: '{{limits}}' },
    defaultSeverity: 'warning',
    fixable: false,
    requiresType: false,
  },
  check(doc, { report }) {
    const limits = doc.limitsExceeded ?? [];
    const first = limits[0];
    if (!first) return;
    const message = limits.map((l) => `${l.message}: ${UNREAD[l.part]}`).join('; ');
    report({ messageId: 'limits', data: { limits: message.replace(/; Unexpected /g, '; ') }, range: doc.lines.rangeOf(first.start, Math.max(first.end, first.start + 1)) });
  },
});
