// Handoff texts shared by the index and CLI tests.

export interface DocOptions {
  readonly title?: string;
  readonly status?: string;
  readonly assignee?: string;
  readonly due?: string;
  readonly type?: string;
  /** Task items of the Checklist section: true = checked. */
  readonly checklist?: readonly boolean[];
  /** Leave the Context section empty (an `empty-section` warning). */
  readonly emptyContext?: boolean;
  /** Drop the `owner` field (a `missing-field` error). */
  readonly noOwner?: boolean;
}

/** A `generic` handoff, lint-clean by default (for a `today` before its due date). */
export function handoffDoc(options: DocOptions = {}): string {
  const items = (options.checklist ?? [false, false]).map((checked, i) => `- [${checked ? 'x' : ' '}] Item ${i + 1}`);
  return [
    '---',
    `handoff: ${options.type ?? 'generic'}`,
    `title: ${options.title ?? 'Board report handover'}`,
    `status: ${options.status ?? 'open'}`,
    'from: Finance',
    'to: Strategy',
    ...(options.noOwner ? [] : ['owner: grace@example.com']),
    `assignee: ${options.assignee ?? 'tomas@example.com'}`,
    `due: ${options.due ?? '2030-01-31'}`,
    '---',
    '',
    `# ${options.title ?? 'Board report handover'}`,
    '',
    '## Summary',
    '',
    'The board report moves to the Strategy Office.',
    '',
    '## Context',
    '',
    ...(options.emptyContext ? [] : ['Finance is busy with the ERP roll-out.', '']),
    '## Open questions',
    '',
    'None so far.',
    '',
    '## Checklist',
    '',
    ...items,
    '',
  ].join('\n');
}

export const PLAIN_MARKDOWN = '# Notes\n\nJust notes.\n';

export { TODAY } from '../../generators/today';
