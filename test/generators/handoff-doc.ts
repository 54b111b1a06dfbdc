// The one builder of a clean `generic` handoff, for every suite: unit (rule tester, index, CLI),
// integration and web. Pure text, so it bundles for Node and for the web worker alike. Tests
// start from it and change the one thing they are about.

export interface TaskItem {
  readonly text: string;
  readonly done: boolean;
}

export interface DocOptions {
  /** Written as given: the integration suite puts a YAML comment after it, to check edits keep it. */
  readonly title?: string;
  readonly status?: string;
  readonly to?: string;
  readonly owner?: string;
  readonly assignee?: string;
  readonly due?: string;
  readonly type?: string;
  readonly summary?: string;
  readonly context?: string;
  readonly openQuestions?: string;
  /** Task items of the Checklist section: true = checked, "Item N". */
  readonly checklist?: readonly (boolean | TaskItem)[];
  /** Leave the Context section empty (an `empty-section` warning). */
  readonly emptyContext?: boolean;
  /** Drop the `owner` field (a `missing-field` error). */
  readonly noOwner?: boolean;
}

/** A `generic` handoff with every required field and section, in order: lint-clean for any `today` before its due date. */
export function handoffDoc(options: DocOptions = {}): string {
  const title = options.title ?? 'Board report handover';
  const items = (options.checklist ?? [false, false]).map((item, i) => {
    const { text, done } = typeof item === 'boolean' ? { text: `Item ${i + 1}`, done: item } : item;
    return `- [${done ? 'x' : ' '}] ${text}`;
  });
  return [
    '---',
    `handoff: ${options.type ?? 'generic'}`,
    `title: ${title}`,
    `status: ${options.status ?? 'open'}`,
    'from: Finance',
    `to: ${options.to ?? 'Strategy'}`,
    ...(options.noOwner ? [] : [`owner: ${options.owner ?? 'grace@example.com'}`]),
    `assignee: ${options.assignee ?? 'tomas@example.com'}`,
    `due: ${options.due ?? '2030-01-31'}`,
    '---',
    '',
    `# ${title}`,
    '',
    '## Summary',
    '',
    options.summary ?? 'The board report moves to the Strategy Office.',
    '',
    '## Context',
    '',
    ...(options.emptyContext ? [] : [options.context ?? 'Finance is busy with the ERP roll-out.', '']),
    '## Open questions',
    '',
    options.openQuestions ?? 'None so far.',
    '',
    '## Checklist',
    '',
    ...items,
    '',
  ].join('\n');
}
