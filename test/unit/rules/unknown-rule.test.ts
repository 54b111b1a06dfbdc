import assert from 'node:assert/strict';
import { assertConfigurable, assertInvalid, CLEAN, issuesOf, lineStarting, RuleTester, textAt } from '../helpers/rule-tester';

const RULE = 'unknown-rule';
const disabling = (ids: string, text = CLEAN) => `${text}\n<!-- handoff-disable ${ids} -->\n`;

describe(`rule: ${RULE}`, () => {
  it('reports a misspelled id on the id itself, with a did-you-mean, and the typo disables nothing', () => {
    const overdue = CLEAN.replace('due: 2026-04-01', 'due: 2026-01-01');
    const text = disabling('overdeu', overdue);
    const [issue] = assertInvalid(RULE, text, [lineStarting(text, '<!-- handoff-disable')]);
    assert.equal(issue!.message, 'Unexpected rule `overdeu` in a disable comment, expected `overdue`');
    assert.equal(issue!.severity, 'warning');
    assert.equal(textAt(text, issue!), 'overdeu');
    assert.equal(issuesOf('overdue', text).length, 1);
  });

  it('finds each unknown id of a comment listing several, whole words only', () => {
    const text = disabling('stale, stal, overdue-x');
    assert.deepEqual(issuesOf(RULE, text).map((i) => textAt(text, i)), ['stal', 'overdue-x']);
  });

  it('can be turned off in the config, in the editor settings or in the file', () => {
    assertConfigurable(RULE, disabling('overdeu'));
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, disabling('stale, overdue'), disabling('unknown-rule, nope')],
  invalid: [
    {
      text: disabling('overdeu'),
      errors: [{ messageId: 'didYouMean', data: { rule: 'overdeu', suggestion: 'overdue' }, line: lineStarting(disabling('overdeu'), '<!--') }],
      output: disabling('overdue'),
      remaining: 0,
    },
    { text: disabling('frobnicate'), errors: [{ messageId: 'unknown', data: { rule: 'frobnicate', example: 'yaml-syntax' } }] },
  ],
});
