// Status changes: which statuses a handoff can move to, what blocks accepting or completing it,
// and the front-matter edits that move it, with their date stamps (accepted_at, returned_at, done_at).
import { allStatuses, isAbandonedStatus, statusPhase, type HandoffConfig } from '../config/types';
import { setFieldsEdits, type FieldEdits, type FieldValue } from '../edit/front-matter-edit';
import { fieldText, normalizeSectionName, type HandoffDocument } from '../model/handoff';
import { applyEdits } from '../model/text';
import { readHeader } from '../parse/parse-handoff';

/** Statuses the handoff can move to: every configured status but its current one. */
export function nextStatuses(doc: HandoffDocument, config: HandoffConfig): string[] {
  const current = fieldText(doc, 'status');
  return allStatuses(config.statuses).filter((s) => s !== current);
}

/** Taking a handoff over (owned) or completing it needs a complete handoff; abandoning or returning it never does. */
export function isGatedStatus(status: string, config: HandoffConfig): boolean {
  return statusPhase(config.statuses, status) === 'owned' || isDoneStatus(status, config);
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

/**
 * The fields a move to `status` sets besides the status: the date stamps the metrics time
 * acceptance and completion by (`today`: the team's date, injected), and who accepted, when known.
 */
export function statusStamps(status: string, config: HandoffConfig, today: string, me?: string): Record<string, FieldValue> {
  if (status === 'accepted') return { ...(me ? { accepted_by: me } : {}), accepted_at: today };
  if (status === 'returned') return { returned_at: today };
  if (isDoneStatus(status, config)) return { done_at: today };
  return {};
}

/** Done: a closed status that is not abandoned, such as `cancelled` (the metrics' "time to done" counts these). */
export function isDoneStatus(status: string, config: HandoffConfig): boolean {
  return config.statuses.closed.includes(status) && !isAbandonedStatus(config.statuses, status);
}

export function setStatusEdits(doc: HandoffDocument, status: string, config: HandoffConfig, today: string, me?: string): FieldEdits {
  return checkedFieldsEdits(doc, { status, ...statusStamps(status, config, today, me) });
}

export function acceptEdits(doc: HandoffDocument, config: HandoffConfig, today: string, me?: string): FieldEdits {
  return setStatusEdits(doc, 'accepted', config, today, me);
}

export function returnEdits(doc: HandoffDocument, reason: string, config: HandoffConfig, today: string): FieldEdits {
  return checkedFieldsEdits(doc, { status: 'returned', returned_reason: reason, ...statusStamps('returned', config, today) });
}

/**
 * The commands save at once, so their edits are checked before they are offered: applied, they
 * must leave valid YAML with the new values set and every other field as it was (an anchor, alias
 * or tag can make a minimal edit mean more than it says).
 */
function checkedFieldsEdits(doc: HandoffDocument, fields: Readonly<Record<string, FieldValue>>): FieldEdits {
  const result = setFieldsEdits(doc, fields);
  if (result.refused !== undefined) return result;
  const after = readHeader(applyEdits(doc.text, result.edits)).frontMatter;
  const expected = new Map<string, unknown>([...(doc.frontMatter?.fields ?? new Map()).values()].map((f) => [f.key, f.value]));
  for (const [key, value] of Object.entries(fields)) expected.set(key, value);
  const intact =
    after !== undefined &&
    after.errors.length === 0 &&
    after.fields.size === expected.size &&
    [...expected].every(([key, value]) => after.fields.has(key) && sameValue(after.fields.get(key)!.value, value));
  return intact ? result : { refused: 'its front-matter uses YAML (anchors, aliases or tags) that this edit would change beyond the fields it sets; edit it by hand' };
}

/** Deep equality of YAML values. A value that contains itself (an alias inside its own anchor) is never the same: refused. */
function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
