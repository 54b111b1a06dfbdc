// yaml-syntax: front-matter that is not valid YAML. Reported where the parser stopped, so the
// author sees the exact character; the rest of the document is still linted. A duplicate key
// names the key and both lines: the parser's "Map keys must be unique" leaves the author looking
// for which key, and which of the two counts.
import { defineRule } from '../lint/rule';
import type { HandoffDocument } from '../model/handoff';
import type { YamlProblem } from '../model/front-matter';

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    docs: { description: 'Front-matter is not valid YAML' },
    messages: {
      // The YAML parser's own message, which says what and where.
      syntax: '{{problem}}',
      duplicateKey: 'Unexpected duplicate key `{{key}}` on line {{line}}, already on line {{firstLine}}: the first value counts',
    },
    defaultSeverity: 'error',
    fixable: false,
    requiresType: false,
  },
  check(doc, { report }) {
    for (const problem of doc.yamlProblems) {
      const range = doc.lines.rangeOf(problem.start, Math.max(problem.end, problem.start + 1));
      const duplicate = problem.code === 'DUPLICATE_KEY' ? firstOfDuplicate(doc, problem) : undefined;
      if (duplicate) report({ messageId: 'duplicateKey', data: { ...duplicate, line: range.start.line + 1 }, range });
      else report({ messageId: 'syntax', data: { problem: problem.message }, range });
    }
  },
});

/** The duplicated key's name and the 1-based line of its first (counting) occurrence. */
function firstOfDuplicate(doc: HandoffDocument, problem: YamlProblem): { key: string; firstLine: number } | undefined {
  const key = doc.text.slice(problem.start, problem.end).trim().replace(/^(["'])(.*)\1$/, '$2');
  const first = doc.frontMatter?.fields.get(key);
  if (!first || first.keyStart >= problem.start) return undefined;
  return { key, firstLine: doc.lines.positionAt(first.keyStart).line + 1 };
}
