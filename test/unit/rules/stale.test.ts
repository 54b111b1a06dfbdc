import assert from 'node:assert/strict';
import {
  assertConfigurable,
  assertInvalid,
  assertValid,
  CLEAN,
  lineStarting,
  RuleTester,
  textAt,
  TODAY,
} from '../helpers/rule-tester';

const RULE = 'stale';

/** The clean handoff, created on `date`, with `status`. */
function created(date: string, status = 'open'): string {
  return CLEAN.replace('status: open', `status: ${status}`).replace('due: 2026-04-01\n', `due: 2026-04-01\ncreated: ${date}\n`);
}
const CREATED_LINE = lineStarting(created('2026-01-01'), 'created:');

describe(`rule: ${RULE}`, () => {
  it('warns on an open handoff created more than stale_after_days (default 14) ago, at its created date', () => {
    assert.equal(TODAY, '2026-03-01');
    const text = created('2026-02-14');
    const [issue] = assertInvalid(RULE, text, [CREATED_LINE]);
    assert.equal(issue!.severity, 'warning');
    assert.match(issue!.message, /created 15 days ago, more than `stale_after_days` \(14\)/);
    assert.equal(textAt(text, issue!), '2026-02-14');
  });

  it('leaves a handoff exactly stale_after_days old, a closed one, and one without a valid created date', () => {
    assertValid(RULE, created('2026-02-15'));
    assertValid(RULE, created('2026-01-01', 'done'));
    assertValid(RULE, created('2026-01-01', 'cancelled'));
    assertValid(RULE, created('2026-02-30'));
    assertValid(RULE, CLEAN);
  });

  it('counts accepted and returned handoffs as open, and follows stale_after_days from the config', () => {
    assertInvalid(RULE, created('2026-02-01', 'accepted'), [CREATED_LINE]);
    assertInvalid(RULE, created('2026-02-01', 'returned'), [CREATED_LINE]);
    const config = 'stale_after_days: 60\n';
    assertValid(RULE, created('2026-01-01'), { config });
    assertInvalid(RULE, created('2025-12-01'), [CREATED_LINE], { config });
  });

  it('can be turned off in the config, in the editor settings or in the file', () => {
    assertConfigurable(RULE, created('2026-01-01'));
    assertValid(RULE, `${created('2026-01-01')}\n<!-- handoff-disable stale -->\n`);
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, created('2026-02-15'), created('2026-01-01', 'done'), created('2026-02-30'), { text: created('2026-01-01'), config: 'stale_after_days: 60\n' }],
  invalid: [
    { text: created('2026-02-14'), errors: [{ messageId: 'stale', data: { age: 15, limit: 14 }, line: CREATED_LINE }] },
    { text: created('2025-12-01'), config: 'stale_after_days: 60\n', errors: [{ messageId: 'stale', data: { age: 90, limit: 60 } }] },
  ],
});
