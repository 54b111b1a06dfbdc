// Every metric on a small fixture repository, with a fixed clock and injected git history.
import assert from 'node:assert/strict';
import {
  computeMetrics,
  defaultConfig,
  loadConfig,
  parseHandoff,
  summarizeHandoff,
  type HandoffHistory,
  type LintIssue,
  type MetricsEntry,
  type Severity,
} from '../../../src/core/index';
import { TODAY } from '../../generators/today';

const { config } = loadConfig(
  [
    'stale_after_days: 14',
    'types:',
    '  quick: { sla_days: 10, required_fields: [], sections: [{ name: Checklist, checklist: true }] }',
    '  slow: { required_fields: [], sections: [{ name: Checklist, checklist: true }] }',
  ].join('\n'),
);

function doc(fields: Record<string, string>, checklist: readonly boolean[] = []): string {
  const front = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  const items = checklist.map((c, i) => `- [${c ? 'x' : ' '}] item ${i + 1}`);
  return ['---', ...front, '---', '# T', '', '## Checklist', '', ...items, ''].join('\n');
}

function issue(ruleId: string, severity: Severity): LintIssue {
  const at = { line: 0, character: 0 };
  return { ruleId, severity, message: ruleId, range: { start: at, end: at }, fixes: [] };
}

function entry(path: string, text: string, issues: LintIssue[] = []): MetricsEntry {
  return { path, summary: summarizeHandoff(parseHandoff(text), config, TODAY), issues };
}

/** The fixture "repository" (see the comments for what each handoff is there to test). */
const ENTRIES: MetricsEntry[] = [
  // Open, due by its type's SLA (created + 10 = 2026-02-08, 21 days ago), 31 days old: overdue and stale.
  entry('a.md', doc({ handoff: 'quick', title: 'A', status: 'open', from: 'Sales', to: 'Support', created: '2026-01-29' }, [true, false]), [
    issue('overdue', 'warning'),
    issue('stale', 'warning'),
  ]),
  // Accepted 5 days after created; checklist complete.
  entry('b.md', doc({ handoff: 'quick', title: 'B', status: 'accepted', from: 'Sales', to: 'Support', created: '2026-02-17', accepted_at: '2026-02-22', due: '2029-10-01' }, [true, true])),
  // Young, without checklist items.
  entry('c.md', doc({ handoff: 'slow', title: 'C', status: 'open', from: 'Sales', to: 'Customer Success', created: '2026-02-25' }), [issue('missing-checklist', 'error')]),
  // Done: accepted after 10 days; git dates the done status 20 days after created.
  entry('d.md', doc({ handoff: 'slow', title: 'D', status: 'done', from: 'Design', to: 'Manufacturing', created: '2025-12-30', accepted_at: '2026-01-09' }, [true])),
  // Returned (waiting again), no created date: git first saw it on 2026-01-30, 30 days ago: stale.
  entry('e.md', doc({ handoff: 'slow', title: 'E', status: 'returned', from: 'Finance', to: 'Strategy' }, [false, false, false])),
  // Cancelled: closed, accepted after 3 days, never "done".
  entry('f.md', doc({ handoff: 'quick', title: 'F', status: 'cancelled', from: 'Sales', to: 'Support', created: '2025-11-29', accepted_at: '2025-12-02' })),
  // No status, no teams, no dates and no history: open, age unknown.
  entry('g.md', doc({ handoff: 'slow', title: 'G' }), [issue('missing-field', 'error'), issue('missing-field', 'error')]),
];

const HISTORY: HandoffHistory = {
  firstSeen: new Map([
    ['a.md', '2026-01-31'], // `created` wins over git
    ['e.md', '2026-01-30'],
    ['d.md', '2025-12-30'],
  ]),
  statusChanges: new Map([
    ['d.md', [{ date: '2026-01-19', status: 'done' }, { date: '2026-01-09', status: 'accepted' }, { date: '2025-12-30', status: 'open' }]],
    ['f.md', [{ date: '2025-12-18', status: 'cancelled' }]],
    // The last change set `open`, not the current `accepted`: no done date, and b is open anyway.
    ['b.md', [{ date: '2026-02-17', status: 'open' }]],
  ]),
};

describe('metrics: computeMetrics', () => {
  const m = computeMetrics(ENTRIES, { config, today: TODAY, history: HISTORY });

  it('counts handoffs, open and closed, overdue and stale', () => {
    assert.deepEqual([m.today, m.total, m.open, m.closed, m.overdue, m.stale, m.staleAfterDays], [TODAY, 7, 5, 2, 1, 2, 14]);
  });

  it('counts all handoffs by status (config order, then others) and by type (most first)', () => {
    assert.deepEqual(Object.entries(m.byStatus), [['open', 2], ['accepted', 1], ['returned', 1], ['done', 1], ['cancelled', 1], ['(none)', 1]]);
    assert.deepEqual(Object.entries(m.byType), [['slow', 4], ['quick', 3]]);
  });

  it('counts the open load per receiving team and the from → to flow of open handoffs', () => {
    assert.deepEqual(Object.entries(m.byReceiver), [['Support', 2], ['Customer Success', 1], ['Strategy', 1], ['(none)', 1]]);
    assert.deepEqual(m.flow, { Finance: { Strategy: 1 }, Sales: { 'Customer Success': 1, Support: 2 }, '(none)': { '(none)': 1 } });
    assert.deepEqual(Object.keys(m.flow), ['Finance', 'Sales', '(none)']);
  });

  it('ages open handoffs from created, else from git first-seen, and says which', () => {
    // Ages 31 (a), 12 (b), 4 (c), 30 (e, git); g unknown.
    assert.deepEqual(m.ageDays, { count: 4, median: 21, p90: 30.7 });
    assert.deepEqual(m.ageSources, { created: 3, git: 1, unknown: 1 });
  });

  it('measures created → accepted_at per type and per receiving team', () => {
    assert.deepEqual(m.toAccepted, {
      count: 3,
      median: 5,
      p90: 9,
      byType: { quick: { count: 2, median: 4, p90: 4.8 }, slow: { count: 1, median: 10, p90: 10 } },
      byReceiver: { Manufacturing: { count: 1, median: 10, p90: 10 }, Support: { count: 2, median: 4, p90: 4.8 } },
      sources: { stamp: 3, git: 0, unknown: 0 },
    });
  });

  it('measures created → done from the commit that set the done status, never for cancelled handoffs', () => {
    assert.deepEqual(m.toDone, {
      count: 1,
      median: 20,
      p90: 20,
      byType: { slow: { count: 1, median: 20, p90: 20 } },
      byReceiver: { Manufacturing: { count: 1, median: 20, p90: 20 } },
      sources: { stamp: 0, git: 1, unknown: 0 },
    });
  });

  it('sums the checklists of open handoffs that have one', () => {
    assert.deepEqual(m.checklist, { handoffs: 3, complete: 1, items: 7, checked: 3, ratio: 0.43 });
  });

  it('ranks lint problems by frequency, with severities and the handoffs affected', () => {
    assert.deepEqual(m.lint, {
      errors: 3,
      warnings: 2,
      infos: 0,
      handoffs: 3,
      byRule: [
        { rule: 'missing-field', count: 2, handoffs: 1 },
        { rule: 'missing-checklist', count: 1, handoffs: 1 },
        { rule: 'overdue', count: 1, handoffs: 1 },
        { rule: 'stale', count: 1, handoffs: 1 },
      ],
    });
  });

  it('lists the overdue (most late first) and stale (oldest first) handoffs', () => {
    assert.deepEqual(m.overdueList, [
      { path: 'a.md', title: 'A', type: 'quick', status: 'open', from: 'Sales', to: 'Support', assignee: null, due: '2026-02-08', ageDays: 31, daysOverdue: 21 },
    ]);
    assert.deepEqual(
      m.staleList.map((r) => [r.path, r.ageDays]),
      [['a.md', 31], ['e.md', 30]],
    );
  });

  it('without git history: no ages from git and no done times', () => {
    const plain = computeMetrics(ENTRIES, { config, today: TODAY });
    assert.deepEqual(plain.ageDays, { count: 3, median: 12, p90: 27.2 });
    assert.deepEqual(plain.ageSources, { created: 3, git: 0, unknown: 2 });
    assert.equal(plain.stale, 1);
    assert.equal(plain.toDone.count, 0);
    assert.deepEqual(plain.toDone.sources, { stamp: 0, git: 0, unknown: 1 });
    assert.deepEqual(plain.toAccepted, m.toAccepted);
  });

  it('judges overdue and stale against the injected today, not the day the summaries were made', () => {
    const later = computeMetrics(ENTRIES, { config, today: '2029-10-02', history: HISTORY });
    assert.equal(later.overdue, 2); // b's due date 2029-10-01 has now passed too
    assert.equal(later.stale, 3); // every waiting handoff with a known age (a, c, e); b is accepted: owned, never stale
  });

  it('takes the config per handoff when given a function', () => {
    const lenient = loadConfig('stale_after_days: 30\n').config;
    const m2 = computeMetrics(ENTRIES, { config: (path) => (path === 'a.md' ? lenient : config), today: TODAY, history: HISTORY });
    assert.deepEqual(m2.staleList.map((r) => r.path), ['a.md', 'e.md']); // a: 31 > 30
    const m3 = computeMetrics(ENTRIES, { config: (path) => (path === 'e.md' ? lenient : config), today: TODAY, history: HISTORY });
    assert.deepEqual(m3.staleList.map((r) => r.path), ['a.md']); // e: 30 is not more than 30
  });

  it('gives zeros and nulls for no handoffs', () => {
    const none = computeMetrics([], { config: defaultConfig(), today: TODAY });
    assert.deepEqual([none.total, none.open, none.overdue, none.stale, none.staleAfterDays], [0, 0, 0, 0, 14]);
    assert.deepEqual(none.ageDays, { count: 0, median: null, p90: null });
    assert.deepEqual([none.byStatus, none.byType, none.byReceiver, none.flow], [{}, {}, {}, {}]);
    assert.equal(none.checklist.ratio, null);
  });
});

describe('metrics: time to accept and to done from stamps, git or neither', () => {
  const dated = (path: string, fields: Record<string, string>) =>
    entry(path, doc({ handoff: 'slow', title: path, from: 'Ops', to: 'Support', created: '2026-05-01', ...fields }));
  const entries = [
    // Stamped: the stamps win over git's dates.
    dated('stamped.md', { status: 'done', accepted_at: '2026-05-03', done_at: '2026-05-11' }),
    // Only git: the first change to `accepted`, the last change to the current status.
    dated('git.md', { status: 'done' }),
    // Imported already done, in one commit: neither stamps nor a status change.
    dated('imported.md', { status: 'done' }),
    // Accepted, with a date-time stamp read in the team's zone.
    dated('accepted.md', { status: 'accepted', accepted_at: '2026-05-04T10:00:00Z' }),
    // Stamped before it was created: not a duration, unknown.
    dated('backwards.md', { status: 'accepted', accepted_at: '2026-04-01' }),
    // Never accepted nor done: in neither metric.
    dated('open.md', { status: 'open' }),
    dated('cancelled.md', { status: 'cancelled' }),
  ];
  const history: HandoffHistory = {
    firstSeen: new Map(),
    statusChanges: new Map([
      ['stamped.md', [{ date: '2026-05-30', status: 'done' }, { date: '2026-05-20', status: 'accepted' }]],
      [
        'git.md',
        [
          { date: '2026-05-21', status: 'done' },
          { date: '2026-05-15', status: 'done' },
          { date: '2026-05-09', status: 'accepted' },
          { date: '2026-05-08', status: 'returned' },
          { date: '2026-05-06', status: 'accepted' },
        ],
      ],
    ]),
  };
  const m = computeMetrics(entries, { config, today: TODAY, history });

  it('times acceptance by `accepted_at`, else the first commit that set `accepted`, and counts the rest as unknown', () => {
    // stamped 2, git 5 (the first acceptance), accepted 3; imported and backwards unknown.
    assert.deepEqual([m.toAccepted.count, m.toAccepted.median, m.toAccepted.sources], [3, 3, { stamp: 2, git: 1, unknown: 2 }]);
  });

  it('times done by `done_at`, else the last commit that set the current status, and counts the rest as unknown', () => {
    // stamped 10, git 20; imported unknown.
    assert.deepEqual([m.toDone.count, m.toDone.median, m.toDone.sources], [2, 15, { stamp: 1, git: 1, unknown: 1 }]);
  });

  it('without git, only the stamps count: the others are unknown', () => {
    const plain = computeMetrics(entries, { config, today: TODAY });
    assert.deepEqual(plain.toAccepted.sources, { stamp: 2, git: 0, unknown: 3 });
    assert.deepEqual(plain.toDone.sources, { stamp: 1, git: 0, unknown: 2 });
    assert.equal(plain.toDone.median, 10);
  });
});
