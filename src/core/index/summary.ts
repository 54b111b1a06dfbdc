// One handoff at a glance: the fields a list, a table or the sidebar tree shows. Pure.
import { isClosedStatus, type HandoffConfig } from '../config/types';
import { fieldText, normalizeSectionName, type HandoffDocument, type HeaderInfo } from '../model/handoff';
import type { ChecklistOutline } from '../parse/parse-handoff';
import { addDays, isValidDate, readDate } from '../util/dates';
import { detach, shared } from '../util/detach';

export interface ChecklistProgress {
  readonly done: number;
  readonly total: number;
}

export interface HandoffSummary {
  /** The `handoff:` value. */
  readonly type: string | undefined;
  /** The `title` field, else (after a full parse) the first `#` heading. */
  readonly title: string | undefined;
  readonly status: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly owner: string | undefined;
  readonly assignee: string | undefined;
  /**
   * The date fields (the dashboard and `handoff stats` measure ages and durations from them), each
   * as the date it means in the team's time zone (`readDate`: a date-time becomes its date), or as
   * written when it is not a valid date (isValidDate tells which).
   */
  readonly created: string | undefined;
  readonly acceptedAt: string | undefined;
  readonly returnedAt: string | undefined;
  readonly doneAt: string | undefined;
  /**
   * The `due` field, read as the other dates; without one, `created` + the type's `sla_days` when
   * both are known (the same due date the `overdue` rule uses).
   */
  readonly due: string | undefined;
  /** Open and due before `today`. A `due` that is not a valid date is never overdue. */
  readonly overdue: boolean;
  /** Not in a closed status (a missing status counts as open: it still needs attention). */
  readonly open: boolean;
  /** Task items of the type's checklist sections (every task item when the type is unknown). */
  readonly checklist: ChecklistProgress;
}

const NO_CHECKLIST: ChecklistProgress = Object.freeze({ done: 0, total: 0 });

/**
 * Everything but the checklist from the front-matter alone (readHeader), so a list can filter
 * before parsing any Markdown. `checklist` is 0/0 and `title` is the `title` field only.
 */
export function summarizeHeader(header: HeaderInfo, config: HandoffConfig, today: string): HandoffSummary {
  const status = shared(fieldText(header, 'status'));
  const open = !isClosedStatus(config, status);
  const date = (key: string) => shared(dateField(header, key, config));
  const due = shared(effectiveDue(header, config));
  return {
    type: shared(header.type),
    title: detach(fieldText(header, 'title')),
    status,
    from: shared(fieldText(header, 'from')),
    to: shared(fieldText(header, 'to')),
    owner: shared(fieldText(header, 'owner')),
    assignee: shared(fieldText(header, 'assignee')),
    created: date('created'),
    acceptedAt: date('accepted_at'),
    returnedAt: date('returned_at'),
    doneAt: date('done_at'),
    due,
    overdue: open && due !== undefined && isValidDate(due) && due < today,
    open,
    checklist: NO_CHECKLIST,
  };
}

/** The summary of a fully parsed handoff. */
export function summarizeHandoff(doc: HandoffDocument, config: HandoffConfig, today: string): HandoffSummary {
  return summarizeWithOutline(doc, doc, config, today);
}

/** summarizeHandoff from the header and readChecklistOutline: the same summary without a full parse. */
export function summarizeWithOutline(header: HeaderInfo, outline: ChecklistOutline, config: HandoffConfig, today: string): HandoffSummary {
  return { ...summarizeHeader(header, config, today), title: detach(outline.title), checklist: checklistProgress(outline, config) };
}

/** Checked and total task items in the type's checklist sections; every task item when the type is unknown. */
export function checklistProgress(doc: ChecklistOutline, config: HandoffConfig): ChecklistProgress {
  const type = doc.type === undefined ? undefined : config.types.get(doc.type);
  let items = doc.taskItems;
  if (type) {
    const keys = new Set(type.sections.filter((s) => s.checklist).map((s) => normalizeSectionName(s.name)));
    items = doc.sections.filter((s) => keys.has(s.key)).flatMap((s) => s.taskItems);
  }
  return { done: items.filter((i) => i.checked).length, total: items.length };
}

/** A date field as the date it means in the team's zone, else as written. */
function dateField(header: HeaderInfo, key: string, config: HandoffConfig): string | undefined {
  const text = fieldText(header, key);
  return text === undefined ? undefined : (readDate(text, config.timeZone) ?? text);
}

function effectiveDue(header: HeaderInfo, config: HandoffConfig): string | undefined {
  const due = dateField(header, 'due', config);
  if (due !== undefined) return due;
  const created = dateField(header, 'created', config);
  const slaDays = header.type === undefined ? undefined : config.types.get(header.type)?.slaDays;
  return created !== undefined && isValidDate(created) && slaDays !== undefined ? addDays(created, slaDays) : undefined;
}
