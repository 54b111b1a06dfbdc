import assert from 'node:assert/strict';
import { addDays, daysBetween, isValidDate } from '../../../src/core/index';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { assertInvalid, CLEAN, lineStarting } from '../helpers/rule-tester';

describe('dates', () => {
  it('takes real calendar dates in the years 1000–9999 only', () => {
    for (const valid of ['1000-01-01', '2026-02-28', '2028-02-29', '9999-12-31']) assert.ok(isValidDate(valid), valid);
    for (const invalid of ['0999-12-31', '0100-01-01', '0000-01-01', '2026-02-29', '10000-01-01', '+02026-01-01', '2026-1-1']) assert.ok(!isValidDate(invalid), invalid);
  });

  it('adds days, or gives undefined when the result leaves the years 1000–9999, never throwing', () => {
    assert.equal(addDays('2026-12-30', 3), '2027-01-02');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    for (const days of [100_000_000, -100_000_000, 1e300, Infinity, -Infinity, NaN, 3_000_000]) {
      assert.equal(addDays('2026-01-01', days), undefined, String(days));
    }
    assert.equal(addDays('9999-12-31', 1), undefined);
    assert.equal(addDays('1000-01-01', -1), undefined);
    assert.equal(addDays('not a date', 1), undefined);
    assert.ok(Number.isNaN(daysBetween('nope', '2026-01-01')));
  });

  it('reports a front-matter year outside 1000–9999 as an invalid field, where it is written', () => {
    const text = CLEAN.replace(/^due:.*$/m, 'due: 0999-12-31');
    const [issue] = assertInvalid('invalid-field', text, [lineStarting(text, 'due:')]);
    assert.match(issue!.message, /0999-12-31/);
  });

  it('lint, list and stats answer a huge sla_days without an internal error', async () => {
    const config = 'types:\n  generic:\n    sla_days: 100000000\n';
    const doc = handoffDoc().replace(/^due:.*$/m, 'created: 2026-01-05');
    for (const command of ['lint', 'list', 'stats']) {
      const run = await runInMemory([command], { '.handoff.yml': config, 'handoffs/a.md': doc });
      assert.ok(run.code === 0 || run.code === 1, `${command}: exit ${run.code}, ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /internal error/);
    }
  });
});
