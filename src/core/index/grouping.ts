// Grouping and filtering of indexed handoffs for the tree and `handoff list`. Pure.
import { addDays, isValidDate } from '../util/dates';
import type { IndexedHandoff } from './handoff-index';

export const GROUP_BYS = ['status', 'receiver', 'assignee', 'due', 'type'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const FILTERS = ['open', 'all', 'mine'] as const;
export type Filter = (typeof FILTERS)[number];

export interface Group {
  readonly label: string;
  readonly items: readonly IndexedHandoff[];
}

const DUE_BUCKETS = ['Overdue', 'This week', 'Later', 'No date'] as const;
/** Closed handoffs are never overdue: in the due grouping they go last, under their own heading. */
const DUE_ORDER: readonly string[] = [...DUE_BUCKETS, 'Closed'];

/**
 * Does the person `value` (an email, a name, or `Name <email>`) match `query`? Case-insensitive;
 * a leading `@` of the query is ignored. A query with an `@` must be the whole email; one without
 * may be the name, or the part of the email before the `@` (`priya` finds `priya@example.com`, but
 * `priya@example.com` never finds `priya@other.org`). The CLI's `--assignee`/`--owner` and the
 * editor's "me" both match with it.
 */
export function matchesPerson(value: string | undefined, query: string | undefined): boolean {
  if (!value || !query) return false;
  const forms = (v: string) => {
    const s = v.trim().toLowerCase();
    const email = /<([^<>]+)>/.exec(s)?.[1]?.trim();
    return email ? [s, email, s.replace(/<[^<>]+>/, '').trim()] : [s];
  };
  const own = forms(value);
  const localParts = own.filter((f) => f.includes('@')).map((f) => f.slice(0, f.indexOf('@')));
  return forms(query.trim().replace(/^@/, '')).some((q) => q !== '' && (own.includes(q) || (!q.includes('@') && localParts.includes(q))));
}

/** Is this person value me? `matchesPerson` with me (the setting, or git's user.email) as the query. */
export function isMe(value: string | undefined, me: string | undefined): boolean {
  return matchesPerson(value, me);
}

/** Assigned to me: I am the receiver (assignee), or the accountable sender (owner). */
export function isAssignedTo(entry: IndexedHandoff, me: string | undefined): boolean {
  return isMe(entry.summary.assignee, me) || isMe(entry.summary.owner, me);
}

export function filterHandoffs(entries: readonly IndexedHandoff[], filter: Filter, me: string | undefined): IndexedHandoff[] {
  switch (filter) {
    case 'all':
      return [...entries];
    case 'open':
      return entries.filter((e) => e.summary.open);
    case 'mine':
      return entries.filter((e) => e.summary.open && isAssignedTo(e, me));
  }
}

/** How many open handoffs wait for me to act as the receiver. */
export function awaitingMe(entries: readonly IndexedHandoff[], me: string | undefined): number {
  return entries.filter((e) => e.summary.open && isMe(e.summary.assignee, me)).length;
}

export function dueBucket(due: string | undefined, today: string): (typeof DUE_BUCKETS)[number] {
  if (!due || !isValidDate(due)) return 'No date';
  if (due < today) return 'Overdue';
  const weekEnd = addDays(today, 7);
  return weekEnd === undefined || due <= weekEnd ? 'This week' : 'Later';
}

/** Groups in a stable order: statuses in config order, due buckets by urgency, others by name; "None" last. */
export function groupHandoffs(entries: readonly IndexedHandoff[], by: GroupBy, today: string, statusOrder: readonly string[] = []): Group[] {
  const keyOf = (e: IndexedHandoff): string => {
    const s = e.summary;
    switch (by) {
      case 'status':
        return s.status ?? 'No status';
      case 'receiver':
        return s.to ?? 'No receiving team';
      case 'assignee':
        return s.assignee ?? 'Unassigned';
      case 'type':
        return s.type ?? 'No type';
      case 'due':
        return s.open ? dueBucket(s.due, today) : 'Closed';
    }
  };
  const groups = new Map<string, IndexedHandoff[]>();
  for (const e of entries) {
    const key = keyOf(e);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const order: readonly string[] = by === 'due' ? DUE_ORDER : by === 'status' ? statusOrder : [];
  const rank = (label: string) => {
    const i = order.indexOf(label);
    return i === -1 ? order.length : i;
  };
  return [...groups.entries()]
    .map(([label, items]) => ({ label, items: items.sort(byDueThenTitle) }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label));
}

function byDueThenTitle(a: IndexedHandoff, b: IndexedHandoff): number {
  const da = a.summary.due ?? '9999';
  const db = b.summary.due ?? '9999';
  return da < db ? -1 : da > db ? 1 : (a.summary.title ?? a.path).localeCompare(b.summary.title ?? b.path);
}
