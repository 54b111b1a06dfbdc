// What each front-matter field means, for hovers and completion details (docs/FORMAT.md in short).

export const FIELD_DOCS: Readonly<Record<string, string>> = {
  handoff: 'The handoff type id: which fields and sections this handoff needs.',
  title: 'What is being handed off.',
  status: 'Where the handoff stands: draft, open, accepted, returned, done or cancelled (or the statuses in `.handoff.yml`).',
  from: 'The sending team.',
  to: 'The receiving team.',
  owner: 'The person accountable on the sending side until the handoff is accepted.',
  assignee: 'The person accountable on the receiving side.',
  due: 'When the receiving team must have picked the work up, as YYYY-MM-DD (or a date-time).',
  created: 'When the handoff was written, as YYYY-MM-DD (or a date-time).',
  accepted_by: 'Who accepted the handoff on the receiving side.',
  accepted_at: 'When the handoff was accepted, as YYYY-MM-DD (Accept Handoff stamps it).',
  returned_at: 'When the handoff was last returned to the sender, as YYYY-MM-DD (Return Handoff stamps it).',
  done_at: 'When the handoff was done, as YYYY-MM-DD (Change Handoff Status stamps it).',
  returned_reason: 'Why the receiving team returned the handoff to the sender.',
  tags: 'A list of tags, e.g. `[enterprise, emea]`.',
  links: 'A list of links: CRM record, tickets, documents.',
  template_version: "The version of the type's template this document was written from.",
};

/** The description of a known field; undefined for any other key, `constructor` and `__proto__` included. */
export function fieldDoc(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_DOCS, key) ? FIELD_DOCS[key] : undefined;
}
