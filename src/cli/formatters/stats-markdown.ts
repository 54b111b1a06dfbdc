// `handoff stats --format markdown`: GitHub-flavoured Markdown for a pull-request comment or a
// weekly report. Tables only (no HTML); every cell escaped.
import type { DurationBreakdown, Durations, HandoffMetrics, HandoffRef, JourneyMetrics, MilestoneDurations } from '../../core/index';
import { LIST_LIMIT, count, days, durationText, flowRows, percent, unknownText, type StatsFormatOptions } from './stats-text';

export function formatStatsMarkdown(m: HandoffMetrics, options: StatsFormatOptions): string {
  const out: string[] = [`## Handoff health — ${m.today}`, ''];
  if (m.total === 0) return `${out.join('\n')}No handoffs.\n`;
  out.push(
    ...table(
      ['Handoffs', 'Open', 'Overdue', `Stale (> ${m.staleAfterDays} d)`, 'Median age (open)', 'p90 age (open)', 'Checklists done'],
      [[m.total, m.open, m.overdue, m.stale, days(m.ageDays.median), days(m.ageDays.p90), percent(m.checklist.ratio)].map(String)],
      'right',
    ),
  );

  heading(out, 'Open handoffs by receiving team');
  out.push(...counts('Receiving team', 'Open', m.byReceiver));
  heading(out, 'Flow of open handoffs');
  out.push(...counts('From → to', 'Open', flowRows(m.flow)));
  heading(out, 'By status and type');
  out.push(...counts('Status', 'Handoffs', m.byStatus), '', ...counts('Type', 'Handoffs', m.byType));

  heading(out, 'Time to accept and to done');
  out.push(...breakdowns(m.toAccepted, m.toDone));
  const unknown = ([['Accepted', m.toAccepted], ['Done', m.toDone]] as [string, MilestoneDurations][]).filter(([, b]) => b.sources.unknown);
  if (unknown.length) out.push('', unknown.map(([what, b]) => `${what}: ${unknownText(b)}.`).join(' '));
  if (!options.gitHistory) out.push('', '_Without git history: times come from the `accepted_at` and `done_at` stamps only._');

  heading(out, 'Most frequent problems');
  const l = m.lint;
  out.push(
    ...(l.byRule.length
      ? [
          `${count(l.errors, 'error')}, ${count(l.warnings, 'warning')}, ${l.infos} info in ${count(l.handoffs, 'handoff')}.`,
          '',
          ...table(['Rule', 'Problems', 'Handoffs'], l.byRule.map((r) => [`\`${r.rule}\``, String(r.count), String(r.handoffs)]), 'right'),
        ]
      : ['None.']),
  );

  heading(out, `Overdue (${m.overdue})`);
  out.push(...refs(m.overdueList, 'Days late', (r) => String(r.daysOverdue)));
  heading(out, `Stale (${m.stale})`);
  out.push(...refs(m.staleList, 'Age', (r) => days(r.ageDays)));
  heading(out, `Journeys (${m.journeys.total})`);
  out.push(...journeys(m.journeys));
  heading(out, `Dropped handoffs (${m.journeys.droppedList.length})`);
  out.push(...dropped(m.journeys));
  return `${out.join('\n')}\n`;
}

function journeys(j: JourneyMetrics): string[] {
  if (!j.total) return ['None: no handoff follows another.'];
  const out = [
    `${j.inProgress} in progress, ${j.complete} complete, ${j.dropped} dropped${j.cancelled ? `, ${j.cancelled} cancelled` : ''}. End to end (first created → last done): ${durationText(j.endToEnd)}.`,
  ];
  if (j.slowestStage) {
    out.push('', `Journeys wait longest in **${escape(j.slowestStage)}** stages.`, '');
    out.push(...table(['Stage type', 'Days in stage (median / p90, n)'], Object.entries(j.byStage).map(([type, d]) => [code(type), `${days(d.median)} / ${days(d.p90)} (${d.count})`]), 'left'));
  }
  const moving = j.list.filter((r) => r.state === 'in-progress');
  if (moving.length) {
    const rows = moving.slice(0, LIST_LIMIT).map((r) => [escape(r.name), escape(`${r.current.type ?? '?'}: ${r.current.status ?? '?'}`), days(r.days), code(r.current.path)]);
    out.push('', ...table(['In progress', 'Now', 'So far', 'Last stage'], rows, 'left'), ...(moving.length > LIST_LIMIT ? ['', `… and ${moving.length - LIST_LIMIT} more.`] : []));
  }
  return out;
}

function dropped(j: JourneyMetrics): string[] {
  if (!j.droppedList.length) return ['None.'];
  const rows = j.droppedList.slice(0, LIST_LIMIT).map((d) => [escape(d.title ?? '(untitled)'), code(d.type ?? '?'), escape(`${d.status ?? '?'} since ${d.since ?? '?'}`), d.days === null ? '-' : String(d.days), code(d.path)]);
  const more = j.droppedList.length > LIST_LIMIT ? ['', `… and ${j.droppedList.length - LIST_LIMIT} more.`] : [];
  return [...table(['Handoff', 'Type', 'Stage ended', 'Days since', 'File'], rows, 'left'), ...more];
}

function heading(out: string[], title: string): void {
  out.push('', `### ${title}`, '');
}

function counts(name: string, value: string, record: Readonly<Record<string, number>>): string[] {
  const rows = Object.entries(record);
  return rows.length ? table([name, value], rows.map(([k, n]) => [escape(k), String(n)]), 'right') : ['None.'];
}

function breakdowns(accepted: DurationBreakdown, done: DurationBreakdown): string[] {
  const cell = (d: Durations | undefined) => (d?.count ? `${days(d.median)} / ${days(d.p90)} (${d.count})` : '-');
  const groups: [string, (b: DurationBreakdown) => Readonly<Record<string, Durations>>][] = [
    ['Type', (b) => b.byType],
    ['Receiving team', (b) => b.byReceiver],
  ];
  const rows: string[][] = [['**All**', cell(accepted), cell(done)]];
  for (const [label, per] of groups) {
    const keys = [...new Set([...Object.keys(per(accepted)), ...Object.keys(per(done))])].sort();
    for (const k of keys) rows.push([`${label}: ${escape(k)}`, cell(per(accepted)[k]), cell(per(done)[k])]);
  }
  return table(['', 'Created → accepted (median / p90, n)', 'Created → done (median / p90, n)'], rows, 'left');
}

function refs(list: readonly HandoffRef[], what: string, value: (r: HandoffRef) => string): string[] {
  if (!list.length) return ['None.'];
  const rows = list.slice(0, LIST_LIMIT).map((r) => [escape(r.title ?? '(untitled)'), escape(`${r.from ?? '?'} → ${r.to ?? '?'}`), escape(r.due ?? '-'), value(r), code(r.path)]);
  const more = list.length > LIST_LIMIT ? ['', `… and ${list.length - LIST_LIMIT} more.`] : [];
  return [...table(['Handoff', 'From → to', 'Due', what, 'File'], rows, 'left'), ...more];
}

/** A GFM table; numbers right-aligned when `align` is right (every column but the first). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: 'left' | 'right'): string[] {
  const rule = header.map((_, i) => (i > 0 && align === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)];
}

/**
 * Escapes what would break a table cell or turn into markup: line breaks (a new line would end the
 * table and start a heading), `|`, emphasis, HTML and entities. A mention (`@acme/security`) gets
 * an invisible word joiner after its `@`: GitHub links mentions after rendering, so a backslash
 * would not stop it notifying the team.
 */
export function escape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\|*_`<>[\]#&~])/g, '\\$1')
    .replace(/(^|[^\w])@(?=\w)/g, '$1@\u2060');
}

/** A file name as a code span in a table cell: one line, no backtick, `|` escaped (GFM splits cells on it even in code). */
function code(text: string): string {
  return `\`${text.replace(/\s+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
