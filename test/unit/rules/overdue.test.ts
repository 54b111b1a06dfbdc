import assert from 'node:assert/strict';
import {
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  CLEAN,
  crlf,
  issuesOf,
  lineStarting,
  RuleTester,
  textAt,
  TODAY,
} from '../helpers/rule-tester';

const RULE = 'overdue';
const DUE_LINE = lineStarting(CLEAN, 'due:');
const doc = (due: string, status = 'open') => CLEAN.replace('due: 2026-04-01', `due: ${due}`).replace('status: open', `status: ${status}`);
const SLA_CONFIG = 'types:\n  quick:\n    required_fields: [title]\n    sections: []\n    sla_days: 10\n';
const quick = (fields: string) => `---\nhandoff: quick\ntitle: Quick\n${fields}---\n`;

describe(`rule: ${RULE}`, () => {
  it('warns on an open handoff whose due date has passed, on the date', () => {
    assert.equal(TODAY, '2026-03-01');
    const text = doc('2026-02-19');
    const [issue] = assertInvalid(RULE, text, [DUE_LINE]);
    assert.equal(issue!.severity, 'warning');
    assert.equal(issue!.message, 'Unexpected open handoff past its due date `2026-02-19`, 10 days ago, expected a later `due` or a closed status');
    assert.equal(textAt(text, issue!), '2026-02-19');
    assertMessageStyle(issue!);
    assert.match(issuesOf(RULE, doc('2026-02-28'))[0]!.message, /, 1 day ago,/);
  });

  it('counts every status that is not closed as open, a missing status included', () => {
    for (const status of ['draft', 'open', 'accepted', 'returned', 'opne']) assertInvalid(RULE, doc('2026-02-01', status), [DUE_LINE]);
    assertInvalid(RULE, doc('2026-02-01').replace('status: open\n', ''), [DUE_LINE - 1]);
  });

  it('leaves closed handoffs and dates from today on alone', () => {
    for (const status of ['done', 'cancelled']) assertValid(RULE, doc('2025-01-01', status));
    assertValid(RULE, doc('2026-03-01'));
    assertValid(RULE, doc('2027-01-01'));
    assertValid(RULE, doc('2026-02-01', 'shipped'), { config: 'statuses:\n  open: [new]\n  closed: [shipped]\n' });
  });

  it('follows the injected today', () => {
    assertValid(RULE, doc('2026-02-19'), { today: '2026-02-19' });
    assertInvalid(RULE, doc('2026-02-19'), [DUE_LINE], { today: '2026-02-20' });
  });

  it('never reports a due date that is not a valid date: that is invalid-field', () => {
    for (const due of ['2026-02-30', '2020-1-1', '20200101', 'yesterday', '[2020-01-01]', '', '~']) {
      assertValid(RULE, doc(due));
    }
    assert.equal(issuesOf('invalid-field', doc('2026-02-30')).length, 1);
  });

  it('accepts quoted dates', () => {
    assertInvalid(RULE, doc('"2026-01-05"'), [DUE_LINE]);
  });

  it("uses created + the type's sla_days when there is no due date", () => {
    const text = quick('status: open\ncreated: 2026-02-10\n');
    assert.match(assertInvalid(RULE, text, [5], { config: SLA_CONFIG })[0]!.message, /service level of 10 days from `created` \(due `2026-02-20`\), 9 days ago/);
    assertValid(RULE, quick('status: open\ncreated: 2026-02-20\n'), { config: SLA_CONFIG });
    assertValid(RULE, quick('status: done\ncreated: 2026-01-01\n'), { config: SLA_CONFIG });
    assertValid(RULE, quick('created: 2026-02-30\n'), { config: SLA_CONFIG });
    assertValid(RULE, quick('due: 2026-04-01\ncreated: 2026-01-01\n'), { config: SLA_CONFIG });
    assertValid(RULE, CLEAN.replace('due: 2026-04-01', 'created: 2026-01-01'));
  });

  it('does not check documents of an unknown type', () => {
    assertValid(RULE, doc('2026-01-01').replace('handoff: generic', 'handoff: nope'));
  });

  it('works with CRLF line endings', () => {
    assertInvalid(RULE, crlf(doc('2026-01-01')), [DUE_LINE]);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, doc('2026-01-01'));
  });
});

RuleTester.run(RULE, {
  valid: [doc('2026-03-01'), doc('2026-01-01', 'done'), doc('2026-02-30'), { text: quick('created: 2026-02-25\n'), config: SLA_CONFIG }],
  invalid: [
    { text: doc('2026-02-28'), errors: [{ messageId: 'overdue', data: { what: 'due date `2026-02-28`', late: 1, s: '' }, line: DUE_LINE }] },
    {
      text: quick('created: 2026-02-01\n'),
      config: SLA_CONFIG,
      errors: [{ messageId: 'overdue', data: { what: 'service level of 10 days from `created` (due `2026-02-11`)', late: 18, s: 's' }, line: 4 }],
    },
  ],
});
