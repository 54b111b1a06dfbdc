// Status changes: which statuses a handoff can move to, what blocks accepting or completing it,
// and the front-matter edits for accept and return.
import { allStatuses, type HandoffConfig } from '../config/types';
import { setFieldsEdits } from '../edit/front-matter-edit';
import { fieldText, normalizeSectionName, type HandoffDocument } from '../model/handoff';
import type { TextEdit } from '../model/text';

/** Statuses the handoff can move to: every configured status but its current one. */
export function nextStatuses(doc: HandoffDocument, config: HandoffConfig): string[] {
  const current = fieldText(doc, 'status');
  return allStatuses(config.statuses).filter((s) => s !== current);
}

/** Accepting or completing needs a complete handoff; cancelling or returning never does. */
export function isGatedStatus(status: string, config: HandoffConfig): boolean {
  return status === 'accepted' || (config.statuses.closed.includes(status) && status !== 'cancelled');
}

/** Why the handoff cannot move to `status` yet: missing sections, empty checklists, unchecked items. */
export function transitionBlockers(doc: HandoffDocument, config: HandoffConfig, status: string): string[] {
  if (!isGatedStatus(status, config)) return [];
  const type = doc.type === undefined ? undefined : config.types.get(doc.type);
  if (!type) return [];
  const blockers: string[] = [];
  const present = new Map(doc.sections.map((s) => [s.key, s]));
  for (const spec of type.sections) {
    const section = present.get(normalizeSectionName(spec.name));
    if (!section) blockers.push(`missing section "${spec.name}"`);
    else if (spec.checklist && section.taskItems.length === 0) blockers.push(`no checklist items in "${spec.name}"`);
    else if (spec.checklist) {
      const open = section.taskItems.filter((t) => !t.checked).length;
      if (open) blockers.push(`${open} unchecked item${open === 1 ? '' : 's'} in "${spec.name}"`);
    }
  }
  return blockers;
}

export function setStatusEdits(doc: HandoffDocument, status: string): TextEdit[] {
  return setFieldsEdits(doc, { status });
}

export function acceptEdits(doc: HandoffDocument, me: string, today: string): TextEdit[] {
  return setFieldsEdits(doc, { status: 'accepted', accepted_by: me, accepted_at: today });
}

export function returnEdits(doc: HandoffDocument, reason: string): TextEdit[] {
  return setFieldsEdits(doc, { status: 'returned', returned_reason: reason });
}
