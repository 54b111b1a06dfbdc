// One handoff row: title; `from → to · due` with checklist progress and problem count; a status
// icon; an overdue decoration; a Markdown tooltip; a click opens the document.
import * as vscode from 'vscode';
import { daysInStage, type IndexedHandoff } from '../../core/index';

export const OVERDUE_SCHEME = 'handoff-overdue';

const STATUS_ICONS: Record<string, string> = {
  draft: 'edit',
  open: 'circle-large-outline',
  accepted: 'pass',
  returned: 'reply',
  done: 'pass-filled',
  cancelled: 'circle-slash',
};

/** `stageAsOf` (today): the row is a journey stage, described by status, receiving team and days in stage. */
export function handoffItem(entry: IndexedHandoff, stageAsOf?: string): vscode.TreeItem {
  const s = entry.summary;
  const uri = vscode.Uri.parse(entry.path);
  const item = new vscode.TreeItem(s.title ?? uri.path.split('/').pop()!, vscode.TreeItemCollapsibleState.None);
  item.id = entry.path;
  const errors = entry.issues.filter((i) => i.severity === 'error').length;
  const problems = entry.issues.length;
  item.description = (stageAsOf === undefined ? rowFacts(entry) : stageFacts(entry, stageAsOf))
    .concat(problems ? `⚠ ${problems}` : undefined)
    .filter(Boolean)
    .join(' · ');
  item.iconPath = new vscode.ThemeIcon(
    s.overdue ? 'warning' : (STATUS_ICONS[s.status ?? ''] ?? 'circle-large-outline'),
    s.overdue || errors ? new vscode.ThemeColor(s.overdue ? 'list.errorForeground' : 'list.warningForeground') : undefined,
  );
  if (s.overdue) item.resourceUri = uri.with({ scheme: OVERDUE_SCHEME });
  item.tooltip = tooltip(entry);
  item.contextValue = s.open ? 'handoff.item.open' : 'handoff.item.closed';
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Handoff'), arguments: [uri] };
  item.accessibilityInformation = { label: `${item.label}, ${s.status ?? 'no status'}${s.overdue ? ', overdue' : ''}, ${item.description}` };
  return item;
}

function rowFacts(entry: IndexedHandoff): (string | undefined)[] {
  const s = entry.summary;
  return [[s.from, s.to].filter(Boolean).join(' → '), s.due ? `due ${s.due}` : undefined, s.checklist.total ? `☑ ${s.checklist.done}/${s.checklist.total}` : undefined];
}

function stageFacts(entry: IndexedHandoff, today: string): (string | undefined)[] {
  const s = entry.summary;
  const days = daysInStage(s, today);
  return [s.status, s.to, days === undefined ? undefined : days === 1 ? vscode.l10n.t('1 day in stage') : vscode.l10n.t('{0} days in stage', days)];
}

function tooltip(entry: IndexedHandoff): vscode.MarkdownString {
  const s = entry.summary;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(s.title ?? vscode.l10n.t('Untitled handoff'))}**${s.overdue ? ` — $(warning) ${vscode.l10n.t('overdue')}` : ''}\n\n`);
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Type'), s.type],
    [vscode.l10n.t('Status'), s.status],
    [vscode.l10n.t('From → to'), [s.from, s.to].filter(Boolean).join(' → ') || undefined],
    [vscode.l10n.t('Owner'), s.owner],
    [vscode.l10n.t('Assignee'), s.assignee],
    [vscode.l10n.t('Due'), s.due],
    [vscode.l10n.t('Checklist'), s.checklist.total ? vscode.l10n.t('{0}/{1} done', s.checklist.done, s.checklist.total) : undefined],
    [vscode.l10n.t('Problems'), entry.issues.length ? String(entry.issues.length) : undefined],
  ];
  md.appendMarkdown(rows.filter(([, v]) => v).map(([k, v]) => `${k}: ${escape(v!)}`).join('  \n'));
  if (entry.excerpt) md.appendMarkdown(`\n\n---\n\n${escape(entry.excerpt)}`);
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}
