// The problem shape every format starts from, and `--format json`: one array of problems.
import type { LintIssue, Severity } from '../../core/index';

/** One lint problem as reported by the CLI: 1-based lines and columns, end exclusive (UTF-16 columns). */
export interface Problem {
  /** '/'-separated; relative to the current folder (text) or the repository root (json, sarif, github). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** The flagged line, trimmed, runs of whitespace as one space: what SARIF fingerprints hash. Not in JSON output. */
  readonly lineText?: string;
}

export function toProblem(file: string, issue: LintIssue, lineText?: string): Problem {
  const { start, end } = issue.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: issue.severity,
    rule: issue.ruleId,
    message: issue.message,
    ...(lineText === undefined ? {} : { lineText: lineText.trim().replace(/\s+/g, ' ') }),
  };
}

/** `repository`: what the report is about (repository.ts), on every problem, so `merge-reports` keeps repositories apart. */
export function formatJson(problems: readonly Problem[], repository?: string): string {
  const shown = problems.map(({ file, line, column, endLine, endColumn, severity, rule, message }) => ({ file, line, column, endLine, endColumn, severity, rule, message, ...(repository === undefined ? {} : { repository }) }));
  return `${JSON.stringify(shown, null, 2)}\n`;
}
