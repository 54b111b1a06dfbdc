// Grouping and filtering of indexed handoffs for the tree and `handoff list`. Pure.
import { buildJourneyGraph } from '../journey/graph';
import { addDays, daysBetween, isValidDate } from '../util/dates';
import type { IndexedHandoff } from './handoff-index';
import type { HandoffSummary } from './summary';

export const GROUP_BYS = ['status', 'receiver', 'assignee', 'due', 'type', 'journey'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const FILTERS = ['open', 'all', 'mine'] as const;
export type Filter = (typeof FILTERS)[number];

export interface Group {
  readonly label: string;
  readonly items: readonly IndexedHandoff[];
  /** Unique among the groups when the label may not be (two journeys can share a name). */
  readonly key?: string;
  /** The items are one journey's stages, in stage order. */
  readonly journey?: boolean;
}

/** The journey grouping's last group: handoffs that neither follow nor are followed, nor name a `journey:`. */
export const NO_JOURNEY = 'No journey';

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

/**
 * Groups in a stable order: statuses in config order, due buckets by urgency, others by name; "None"
 * last. By journey, `linked` are every handoff (closed stages link a journey's open ones): see groupByJourney.
 */
export function groupHandoffs(entries: readonly IndexedHandoff[], by: GroupBy, today: string, statusOrder: readonly string[] = [], linked: readonly IndexedHandoff[] = entries): Group[] {
  if (by === 'journey') return groupByJourney(entries, linked);
  const field: Exclude<GroupBy, 'journey'> = by;
  const keyOf = (e: IndexedHandoff): string => {
    const s = e.summary;
    switch (field) {
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

/**
 * One group per journey, named as the journey, holding all its stages in stage order when any of
 * them is in `shown` (the filter picks journeys, and a journey reads whole: the open filter shows
 * journeys in progress); then the shown handoffs in no journey, under NO_JOURNEY. A lone handoff is
 * not a journey of one: a workspace's many unlinked handoffs would bury the journeys.
 */
function groupByJourney(shown: readonly IndexedHandoff[], linked: readonly IndexedHandoff[]): Group[] {
  const byFile = new Map<string, IndexedHandoff>();
  for (const e of linked) if (e.journey) byFile.set(e.journey.file, e);
  const graph = buildJourneyGraph([...byFile.values()].map((e) => e.journey!));
  const visible = new Set(shown.map((e) => e.path));
  const groups: Group[] = [];
  for (const journey of graph.journeys) {
    const items = journey.files.map((f) => byFile.get(f)!);
    if (items.some((e) => visible.has(e.path))) groups.push({ label: journey.name, key: `journey:${journey.files[0]}`, items, journey: true });
  }
  const alone = shown.filter((e) => !(e.journey && graph.journeyOf.has(e.journey.file) && byFile.get(e.journey.file) === e));
  if (alone.length) groups.push({ label: NO_JOURNEY, key: 'no-journey', items: [...alone].sort(byDueThenTitle) });
  return groups;
}

/**
 * Days a handoff has been at its journey stage: from `created` to today while it is open, to
 * `done_at` once closed; undefined when either date is unknown (a cancelled handoff has no `done_at`).
 */
export function daysInStage(summary: HandoffSummary, today: string): number | undefined {
  const end = summary.open ? today : summary.doneAt;
  if (summary.created === undefined || end === undefined || !isValidDate(summary.created) || !isValidDate(end)) return undefined;
  return Math.max(0, daysBetween(summary.created, end));
}
