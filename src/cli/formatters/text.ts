// `--format text`: one line per problem, `file:line:col  severity  message  rule`, a blank line
// between files and a summary line. Each line starts with `file:line:col`, which terminals make
// clickable and problem matchers parse.
import { PLAIN, escapeControl, type Colors } from '../terminal';
import type { Problem } from './json';

export interface TextSummary {
  /** Handoff files linted. */
  readonly handoffs: number;
  /** Files --fix rewrote. */
  readonly fixed?: number;
}

export function formatText(problems: readonly Problem[], summary: TextSummary, colors: Colors = PLAIN): string {
  const fixed = summary.fixed ? `Fixed ${summary.fixed} file${summary.fixed === 1 ? '' : 's'}.\n` : '';
  if (!problems.length) {
    return `${fixed}${colors.green('✔')} No problems in ${summary.handoffs} handoff${summary.handoffs === 1 ? '' : 's'}\n`;
  }
  const severityColor = { error: colors.red, warning: colors.yellow, info: colors.cyan };
  const where = (p: Problem) => `${escapeControl(p.file)}:${p.line}:${p.column}`;
  const lines: string[] = [];
  // Columns line up within each file's group.
  for (const group of groupByFile(problems)) {
    if (lines.length) lines.push('');
    const whereWidth = Math.max(...group.map((p) => where(p).length));
    const severityWidth = Math.max(...group.map((p) => p.severity.length));
    for (const p of group) {
      const severity = severityColor[p.severity](p.severity.padEnd(severityWidth));
      lines.push(`${where(p).padEnd(whereWidth)}  ${severity}  ${escapeControl(oneLine(p.message))}  ${colors.dim(p.rule)}`);
    }
  }
  const count = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
  const parts = [countOf(count('error'), 'error'), countOf(count('warning'), 'warning')];
  if (count('info')) parts.push(countOf(count('info'), 'info'));
  const mark = count('error') ? colors.red('✖') : colors.yellow('✖');
  lines.push('', `${mark} ${colors.bold(countOf(problems.length, 'problem'))} (${parts.join(', ')})`);
  return `${fixed}${lines.join('\n')}\n`;
}

function groupByFile(problems: readonly Problem[]): Problem[][] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const group = groups.get(p.file);
    if (group) group.push(p);
    else groups.set(p.file, [p]);
  }
  return [...groups.values()];
}

function countOf(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
