// `handoff stats --format text`: the health numbers for a terminal, with small text bars.
import { displayWidth, padToWidth } from '../display-width';
import { escapeControl } from '../terminal';
import type { Durations, HandoffMetrics, HandoffRef, JourneyMetrics, MilestoneDurations } from '../../core/index';

export interface StatsFormatOptions {
  /** Git history was read (ages of undated handoffs, time to done). */
  readonly gitHistory: boolean;
}

const BAR_WIDTH = 24;
/** Rows of the overdue and stale lists shown; the rest is summarised in one line (every rule is shown). */
export const LIST_LIMIT = 10;

export function formatStatsText(m: HandoffMetrics, options: StatsFormatOptions): string {
  if (m.total === 0) return `No handoffs (as of ${m.today}).\n`;
  const out: string[] = [];
  out.push(`Handoff health on ${m.today}: ${count(m.total, 'handoff')}, ${m.open} open, ${m.closed} closed`);
  out.push(`  Overdue ${m.overdue}   Stale ${m.stale} (waiting > ${m.staleAfterDays} days)   Age of open handoffs: ${durationText(m.ageDays)}`);
  if (m.ageSources.unknown) out.push(`  (${count(m.ageSources.unknown, 'open handoff')} without a \`created\` date or git history: age unknown)`);

  section(out, 'By status', bars(m.byStatus));
  section(out, 'By type', bars(m.byType));
  section(out, 'Open by receiving team', bars(m.byReceiver));
  section(out, 'Flow of open handoffs (from → to)', bars(flowRows(m.flow)));

  const withoutGit = options.gitHistory ? '' : ' (without git history: stamps only)';
  section(out, 'Time to accept (created → accepted_at, else the commit that set `accepted`)', breakdownText(m.toAccepted, `no accepted handoff with known dates${withoutGit}`));
  section(out, 'Time to done (created → done_at, else the commit that set the status)', breakdownText(m.toDone, `no done handoff with known dates${withoutGit}`));

  const c = m.checklist;
  section(out, 'Checklists of open handoffs', [
    c.items
      ? `${c.checked}/${c.items} items checked (${percent(c.ratio)}); ${c.complete} of ${count(c.handoffs, 'handoff')} complete`
      : 'no open handoff has checklist items',
  ]);

  const l = m.lint;
  section(
    out,
    'Most frequent problems',
    l.byRule.length
      ? [
          `${count(l.errors, 'error')}, ${count(l.warnings, 'warning')}, ${l.infos} info in ${count(l.handoffs, 'handoff')}`,
          // Every rule: a rare rule is as worth knowing about as a frequent one.
          ...table(l.byRule.map((r) => [r.rule, String(r.count), `in ${count(r.handoffs, 'handoff')}`])),
        ]
      : ['none'],
  );

  section(out, `Overdue (${m.overdue})`, refList(m.overdueList, (r) => `${count(r.daysOverdue, 'day')} late (due ${r.due})`));
  section(out, `Stale (${m.stale})`, refList(m.staleList, (r) => `open for ${count(r.ageDays ?? 0, 'day')}`));
  section(out, `Journeys (${m.journeys.total}: handoffs linked by follows)`, journeysText(m.journeys));
  section(out, `Dropped handoffs (${m.journeys.droppedList.length}: the next handoff was never written)`, droppedText(m.journeys));
  return `${out.join('\n')}\n`;
}

function journeysText(j: JourneyMetrics): string[] {
  if (!j.total) return ['none'];
  const states = `${j.inProgress} in progress, ${j.complete} complete, ${j.dropped} dropped${j.cancelled ? `, ${j.cancelled} cancelled` : ''}`;
  const unknown = j.endToEnd.sources.unknown ? [`  (${j.endToEnd.sources.unknown} complete with an unknown end, left out)`] : [];
  const stages = Object.entries(j.byStage).map(([type, d]) => [`  ${type}`, durationText(d)]);
  const moving = j.list.filter((r) => r.state === 'in-progress');
  const shown = moving.slice(0, LIST_LIMIT).map((r) => [`  ${r.name}`, `${r.current.type ?? '?'}: ${r.current.status ?? '?'}`, `${days(r.days)} so far`]);
  return [
    states,
    `end to end (first created → last done): ${durationText(j.endToEnd)}`,
    ...unknown,
    ...(j.slowestStage ? [`waits longest in: ${j.slowestStage}`, 'days in stage by type:', ...table(stages)] : []),
    ...(moving.length ? ['in progress:', ...table(shown), ...(moving.length > LIST_LIMIT ? [`  … and ${moving.length - LIST_LIMIT} more`] : [])] : []),
  ];
}

function droppedText(j: JourneyMetrics): string[] {
  const list = j.droppedList;
  if (!list.length) return ['none'];
  const shown = table(list.slice(0, LIST_LIMIT).map((d) => [d.title ?? '(untitled)', d.type ?? '?', `${d.status ?? '?'} since ${d.since ?? '?'} (${d.days === null ? '?' : count(d.days, 'day')})`, d.path]));
  return list.length > LIST_LIMIT ? [...shown, `… and ${list.length - LIST_LIMIT} more`] : shown;
}

function section(out: string[], title: string, lines: readonly string[]): void {
  out.push('', title, ...lines.map((l) => `  ${l}`));
}

/** Name, a bar scaled to the largest value, the value. */
function bars(counts: Readonly<Record<string, number>>): string[] {
  const rows = Object.entries(counts);
  if (!rows.length) return ['none'];
  const max = Math.max(...rows.map(([, n]) => n));
  return table(rows.map(([name, n]) => [name, '█'.repeat(Math.max(1, Math.round((n / max) * BAR_WIDTH))), String(n)]));
}

export function flowRows(flow: HandoffMetrics['flow']): Record<string, number> {
  return Object.fromEntries(Object.entries(flow).flatMap(([from, tos]) => Object.entries(tos).map(([to, n]) => [`${from} → ${to}`, n])));
}

function breakdownText(b: MilestoneDurations, none: string): string[] {
  const unknown = b.sources.unknown ? [unknownText(b)] : [];
  if (!b.count) return [none, ...unknown];
  const rows = (title: string, per: Readonly<Record<string, Durations>>) =>
    Object.keys(per).length ? [title, ...table(Object.entries(per).map(([k, d]) => [`  ${k}`, durationText(d)]))] : [];
  return [`all: ${durationText(b)}`, ...unknown, ...rows('by type:', b.byType), ...rows('by receiving team:', b.byReceiver)];
}

/** The handoffs left out of a duration: `3 unknown (no stamp, no status change in git), left out`. */
export function unknownText(b: MilestoneDurations): string {
  return `${b.sources.unknown} unknown (no stamp, no status change in git), left out`;
}

function refList(refs: readonly HandoffRef[], detail: (r: HandoffRef) => string): string[] {
  if (!refs.length) return ['none'];
  const shown = table(refs.slice(0, LIST_LIMIT).map((r) => [r.title ?? '(untitled)', `${r.from ?? '?'} → ${r.to ?? '?'}`, detail(r), r.path]));
  return refs.length > LIST_LIMIT ? [...shown, `… and ${refs.length - LIST_LIMIT} more`] : shown;
}

/** `median 8 d, p90 13.6 d (n = 2)`, or `no data`. */
export function durationText(d: Durations): string {
  return d.count ? `median ${days(d.median)}, p90 ${days(d.p90)} (n = ${d.count})` : 'no data';
}

export function days(value: number | null): string {
  return value === null ? '-' : `${value} d`;
}

export function percent(ratio: number | null): string {
  return ratio === null ? '-' : `${Math.round(ratio * 100)}%`;
}

export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Columns padded to the widest cell (the last column is not padded). */
export function table(raw: readonly (readonly string[])[]): string[] {
  // Names and titles come from files: no control character reaches the terminal.
  const rows = raw.map((r) => r.map(escapeControl));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : padToWidth(cell, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
