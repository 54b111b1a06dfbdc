// The per-repository rows of `handoff stats --merge`, after the merged report (text and Markdown).
import type { RepositoryRow } from '../stats-merge';
import { escape, table as markdownTable } from './stats-markdown';
import { days, table as textTable } from './stats-text';

const HEADER = ['Repository', 'Handoffs', 'Open', 'Overdue', 'Stale', 'Median age (open)', 'Errors', 'Warnings'];

function cells(r: RepositoryRow): string[] {
  return [r.repository, ...[r.total, r.open, r.overdue, r.stale].map(String), days(r.medianAgeDays), String(r.errors), String(r.warnings)];
}

export function repositoriesText(rows: readonly RepositoryRow[]): string {
  return `\nBy repository (${rows.length})\n${textTable([HEADER, ...rows.map(cells)]).map((l) => `  ${l}`).join('\n')}\n`;
}

export function repositoriesMarkdown(rows: readonly RepositoryRow[]): string {
  return `\n### By repository (${rows.length})\n\n${markdownTable(HEADER, rows.map((r) => cells(r).map((c, i) => (i === 0 ? escape(c) : c))), 'right').join('\n')}\n`;
}
