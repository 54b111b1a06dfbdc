// The complete, lint-clean `generic` handoff that the host suites (integration, web) accept,
// advance and return. Pure text, so it bundles for Node and for the web worker alike.

/** `title` is written as given: the integration suite puts a YAML comment after it, to check edits keep it. */
export function completeHandoff(title: string): string {
  return [
    '---',
    'handoff: generic',
    `title: ${title}`,
    'status: open',
    'from: Ops',
    'to: Finance',
    'owner: dana@example.com',
    'assignee: priya@example.com',
    'due: 2099-01-01',
    '---',
    '## Summary',
    'Finance takes over.',
    '## Context',
    'Background.',
    '## Open questions',
    'None.',
    '## Checklist',
    '- [x] Access granted',
    '',
  ].join('\n');
}
