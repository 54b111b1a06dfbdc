// `--format text`: one line per problem, `file:line:col  severity  message  rule`, a blank line
// between files and a summary line. Each line starts with `file:line:col`, which terminals make
// clickable and problem matchers parse.
import type { Problem } from './json';

export interface TextSummary {
  /** Handoff files linted. */
  readonly handoffs: number;
}

export function formatText(problems: readonly Problem[], summary: TextSummary): string {
  if (!problems.length) {
    return `✔ No problems in ${summary.handoffs} handoff${summary.handoffs === 1 ? '' : 's'}\n`;
  }
  const where = (p: Problem) => `${p.file}:${p.line}:${p.column}`;
  const lines: string[] = [];
  // Columns line up within each file's group.
  for (const group of groupByFile(problems)) {
    if (lines.length) lines.push('');
    const whereWidth = Math.max(...group.map((p) => where(p).length));
    const severityWidth = Math.max(...group.map((p) => p.severity.length));
    for (const p of group) {
      lines.push(`${where(p).padEnd(whereWidth)}  ${p.severity.padEnd(severityWidth)}  ${oneLine(p.message)}  ${p.rule}`);
    }
  }
  const count = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
  const parts = [countOf(count('error'), 'error'), countOf(count('warning'), 'warning')];
  if (count('info')) parts.push(countOf(count('info'), 'info'));
  lines.push('', `✖ ${countOf(problems.length, 'problem')} (${parts.join(', ')})`);
  return `${lines.join('\n')}\n`;
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
