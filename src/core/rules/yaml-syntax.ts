// yaml-syntax: front-matter that is not valid YAML. Reported where the parser stopped, so the
// author sees the exact character; the rest of the document is still linted.
import type { Rule } from '../lint/rule';

const rule: Rule = {
  id: 'yaml-syntax',
  description: 'Front-matter is not valid YAML',
  defaultSeverity: 'error',
  fixable: false,
  needsType: false,
  check(doc, { report }) {
    for (const problem of doc.yamlProblems) {
      report({ message: problem.message, range: doc.lines.rangeOf(problem.start, Math.max(problem.end, problem.start + 1)) });
    }
  },
};

export default rule;
