// Journey metrics on built journeys: states, end-to-end time, days per stage and the dropped
// handoffs, which are exactly the `missing-next` problems lintWorkspace reports.
import assert from 'node:assert/strict';
import { computeMetrics, defaultConfig, indexText, lintWorkspace, type HandoffHistory, type MetricsEntry } from '../../../src/core/index';
import { journeyStage, type StageOptions } from '../../generators/journey-doc';
import { daysFromToday as day, TODAY } from '../../generators/today';

const config = defaultConfig();

/** Index entries as the adapters build them: each file's issues plus its cross-document ones. */
function entries(files: Record<string, string>, today = TODAY): MetricsEntry[] {
  const indexed = Object.entries(files).map(([path, text]) => indexText(path, text, '1', { config, today })!);
  const cross = lintWorkspace(indexed.map((e) => e.journey!), { targets: new Map(), today });
  return indexed.map((e) => ({ ...e, issues: [...e.issues, ...(cross.get(e.path) ?? [])] }));
}

function stage(options: StageOptions): string {
  return journeyStage({ checklist: [true], ...options });
}

function journeys(files: Record<string, string>, history?: HandoffHistory) {
  return computeMetrics(entries(files), { config, today: TODAY, history }).journeys;
}

// A lead that became a customer in support: every stage done and stamped.
const COMPLETE = {
  '/r/lead.md': stage({ type: 'marketing-to-sales', status: 'done', title: 'Lead — Acme', created: day(-60), doneAt: day(-50) }),
  '/r/onboarding.md': stage({ type: 'sales-to-customer-success', status: 'done', created: day(-50), doneAt: day(-20), follows: './lead.md' }),
  '/r/support.md': stage({ type: 'sales-to-support', status: 'done', created: day(-20), doneAt: day(-16), follows: './onboarding.md' }),
};

describe('journey metrics', () => {
  it('a complete journey: end to end from the first created to the last done_at, days per stage type', () => {
    const j = journeys(COMPLETE);
    assert.deepEqual([j.total, j.inProgress, j.complete, j.dropped, j.cancelled], [1, 0, 1, 0, 0]);
    assert.deepEqual(j.endToEnd, { count: 1, median: 44, p90: 44, sources: { stamp: 1, git: 0, unknown: 0 } });
    assert.deepEqual(Object.keys(j.byStage), ['sales-to-customer-success', 'marketing-to-sales', 'sales-to-support']);
    assert.equal(j.byStage['sales-to-customer-success']!.median, 30);
    assert.equal(j.slowestStage, 'sales-to-customer-success');
    assert.deepEqual(j.list.map((r) => [r.name, r.state, r.stages, r.days, r.current.path]), [['Lead — Acme', 'complete', 3, 44, '/r/support.md']]);
    assert.deepEqual(j.droppedList, []);
  });

  it('in progress while the last stage is open or accepted; an open stage counts its days so far', () => {
    const open = { ...COMPLETE, '/r/support.md': stage({ type: 'sales-to-support', status: 'open', created: day(-20), follows: './onboarding.md' }) };
    const j = journeys(open);
    assert.deepEqual([j.inProgress, j.complete], [1, 0]);
    assert.deepEqual(j.list.map((r) => [r.state, r.days]), [['in-progress', 60]]);
    assert.equal(j.byStage['sales-to-support']!.median, 20);
    assert.equal(j.endToEnd.count, 0);
    const accepted = { ...COMPLETE, '/r/support.md': stage({ type: 'sales-to-support', status: 'accepted', created: day(-20), acceptedAt: day(-19), follows: './onboarding.md' }) };
    assert.equal(journeys(accepted).inProgress, 1);
  });

  it('a done last stage whose type expects a next handoff: in progress within next_within_days, dropped after', () => {
    const { '/r/support.md': _support, ...twoStages } = COMPLETE;
    const waiting = { ...twoStages, '/r/onboarding.md': stage({ type: 'sales-to-customer-success', status: 'done', created: day(-50), doneAt: day(-3), follows: './lead.md' }) };
    assert.deepEqual([journeys(waiting).inProgress, journeys(waiting).dropped], [1, 0]);
    const late = journeys(twoStages);
    assert.deepEqual([late.inProgress, late.dropped, late.complete], [0, 1, 0]);
    assert.deepEqual(late.droppedList.map((d) => [d.path, d.since, d.days, d.type]), [['/r/onboarding.md', day(-20), 20, 'sales-to-customer-success']]);
    assert.match(late.droppedList[0]!.message, /^Missing next handoff: done since/);
  });

  it('the dropped list is exactly the missing-next problems: a lone handoff too, a disabled one not', () => {
    const files = {
      '/r/lone.md': stage({ type: 'marketing-to-sales', status: 'done', created: day(-30), doneAt: day(-12) }),
      '/r/quiet.md': `${stage({ type: 'marketing-to-sales', status: 'done', created: day(-30), doneAt: day(-25) })}\n<!-- handoff-disable missing-next -->\n`,
      '/r/recent.md': stage({ type: 'marketing-to-sales', status: 'done', created: day(-30), doneAt: day(-2) }),
    };
    const all = entries(files);
    const j = computeMetrics(all, { config, today: TODAY }).journeys;
    const lintFound = all.filter((e) => e.issues!.some((i) => i.ruleId === 'missing-next')).map((e) => e.path);
    assert.deepEqual(lintFound, ['/r/lone.md']);
    assert.deepEqual(j.droppedList.map((d) => d.path), lintFound);
    assert.equal(j.total, 0, 'a lone handoff that names no journey is no journey');
  });

  it('a journey whose last stages were all cancelled is cancelled; a cancelled stage has no days', () => {
    const files = { ...COMPLETE, '/r/support.md': stage({ type: 'sales-to-support', status: 'cancelled', created: day(-20), follows: './onboarding.md' }) };
    const j = journeys(files);
    assert.deepEqual([j.cancelled, j.complete, j.inProgress], [1, 0, 0]);
    assert.equal(j.byStage['sales-to-support'], undefined);
  });

  it('the end comes from git when done_at is missing, and is unknown without either', () => {
    const unstamped = { ...COMPLETE, '/r/support.md': stage({ type: 'sales-to-support', status: 'done', created: day(-20), follows: './onboarding.md' }) };
    assert.deepEqual(journeys(unstamped).endToEnd, { count: 0, median: null, p90: null, sources: { stamp: 0, git: 0, unknown: 1 } });
    const history: HandoffHistory = { firstSeen: new Map(), statusChanges: new Map([['/r/support.md', [{ date: day(-10), status: 'done' }]]]) };
    const j = journeys(unstamped, history);
    assert.deepEqual(j.endToEnd, { count: 1, median: 50, p90: 50, sources: { stamp: 0, git: 1, unknown: 0 } });
    assert.equal(j.byStage['sales-to-support']!.median, 10);
  });

  it('a branching journey ends when its latest last stage is done; list: in progress first, then by days', () => {
    const files = {
      ...COMPLETE,
      '/r/extra.md': stage({ type: 'generic', status: 'done', created: day(-18), doneAt: day(-5), follows: './onboarding.md' }),
      '/r/b1.md': stage({ status: 'done', title: 'Beta', created: day(-9), doneAt: day(-8) }),
      '/r/b2.md': stage({ status: 'open', created: day(-8), follows: './b1.md' }),
    };
    const j = journeys(files);
    assert.deepEqual(j.list.map((r) => [r.name, r.state, r.days]), [['Beta', 'in-progress', 9], ['Lead — Acme', 'complete', 55]]);
  });

  it('bad input: a follows cycle, missing dates and no journey facts do not throw', () => {
    const files = {
      '/r/a.md': stage({ status: 'done', follows: './b.md' }),
      '/r/b.md': stage({ status: 'open', created: 'soon', follows: './a.md' }),
    };
    const j = journeys(files);
    assert.deepEqual([j.total, j.inProgress], [1, 1]);
    assert.equal(j.list[0]!.days, null);
    const none = computeMetrics([{ path: 'x.md', summary: entries({ '/r/x.md': stage({}) })[0]!.summary }], { config, today: TODAY }).journeys;
    assert.equal(none.total, 0);
  });
});
