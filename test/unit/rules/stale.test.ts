import assert from 'node:assert/strict';
import { defaultConfig, lintText, loadConfig } from '../../../src/core/index';
import { handoffDoc } from '../helpers/handoff-fixtures';

const TODAY = '2026-06-01';

function stale(text: string, config = defaultConfig()) {
  return lintText(text, { config, today: TODAY }).issues.filter((i) => i.ruleId === 'stale');
}

/** The lint-clean generic fixture, created on `created`. */
function created(date: string, status = 'open'): string {
  return handoffDoc({ status }).replace('due: 2030-01-31\n', `due: 2030-01-31\ncreated: ${date}\n`);
}

describe('rule: stale', () => {
  it('warns on an open handoff created more than stale_after_days (default 14) ago, at its created date', () => {
    const issues = stale(created('2026-05-17'));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.severity, 'warning');
    assert.match(issues[0]!.message, /created 15 days ago, more than `stale_after_days` \(14\)/);
    const text = created('2026-05-17');
    const line = text.split('\n').findIndex((l) => l.startsWith('created:'));
    assert.deepEqual(issues[0]!.range, { start: { line, character: 9 }, end: { line, character: 19 } });
  });

  it('leaves a handoff exactly stale_after_days old, a closed one, and one without a valid created date', () => {
    assert.deepEqual(stale(created('2026-05-18')), []);
    assert.deepEqual(stale(created('2026-01-01', 'done')), []);
    assert.deepEqual(stale(created('2026-01-01', 'cancelled')), []);
    assert.deepEqual(stale(created('2026-02-30')), []);
    assert.deepEqual(stale(handoffDoc()), []);
  });

  it('counts accepted and returned handoffs as open, and follows stale_after_days from the config', () => {
    assert.equal(stale(created('2026-05-01', 'accepted')).length, 1);
    assert.equal(stale(created('2026-05-01', 'returned')).length, 1);
    const { config } = loadConfig('stale_after_days: 60\n');
    assert.deepEqual(stale(created('2026-05-01'), config), []);
    assert.equal(stale(created('2026-03-01'), config).length, 1);
  });

  it('can be turned off in the config or in the file', () => {
    const { config } = loadConfig('rules:\n  stale: off\n');
    assert.deepEqual(stale(created('2026-01-01'), config), []);
    assert.deepEqual(stale(`${created('2026-01-01')}\n<!-- handoff-disable stale -->\n`), []);
  });
});
