// yaml-syntax: front-matter that is not valid YAML. Reported where the parser stopped, so the
// author sees the exact character; the rest of the document is still linted.
import { defineRule } from '../lint/rule';

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    docs: { description: 'Front-matter is not valid YAML' },
    // The YAML parser's own message, which says what and where.
    messages: { syntax: '{{problem}}' },
    defaultSeverity: 'error',
    fixable: false,
    requiresType: false,
  },
  check(doc, { report }) {
    for (const problem of doc.yamlProblems) {
      report({ messageId: 'syntax', data: { problem: problem.message }, range: doc.lines.rangeOf(problem.start, Math.max(problem.end, problem.start + 1)) });
    }
  },
});
