// The problem shape every format starts from, and `--format json`: one array of problems.
import type { LintIssue, Severity } from '../../core/index';

/** One lint problem as reported by the CLI: 1-based lines and columns, end exclusive (UTF-16 columns). */
export interface Problem {
  /** Relative to the current folder, '/'-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export function toProblem(file: string, issue: LintIssue): Problem {
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
  };
}

export function formatJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(problems, null, 2)}\n`;
}
