// `--format github`: GitHub Actions workflow commands, which annotate the lines in pull requests.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { escapeControl } from '../terminal';
import type { Problem } from './json';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const properties = [
        `file=${escapeProperty(p.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `endLine=${p.endLine}`,
        `endColumn=${p.endColumn}`,
        `title=${escapeProperty(p.rule)}`,
      ];
      return `::${COMMAND[p.severity]} ${properties.join(',')}::${escapeData(p.message)}\n`;
    })
    .join('');
}

/** Escapes a command's message: `%`, CR and LF, and makes other control characters visible (the log is a terminal too). */
export function escapeData(text: string): string {
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
