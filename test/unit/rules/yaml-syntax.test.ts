import assert from 'node:assert/strict';
import {
  assertConfigurable,
  assertInvalid,
  assertValid,
  CLEAN,
  crlf,
  issuesOf,
  lint,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'yaml-syntax';

describe(`rule: ${RULE}`, () => {
  it('reports invalid YAML where the parser stops, and still lints the rest', () => {
    const text = CLEAN.replace('title: Billing moves to the new vendor', 'title: "Billing" moves');
    const [issue] = assertInvalid(RULE, text, [3]);
    assert.equal(issue!.severity, 'error');
    assert.ok(issue!.range.start.character > 0, 'at the offending character');
    assert.ok(lint(text.replace('## Context', '## Background')).some((i) => i.ruleId === 'missing-section'));
  });

  it('reports an unclosed front-matter and duplicate keys', () => {
    assertInvalid(RULE, '---\nhandoff: generic\ntitle: T\n', [1]);
    const text = CLEAN.replace('status: open', 'status: open\nstatus: done');
    const [issue] = assertInvalid(RULE, text, [5]);
    assert.match(issue!.message, /unique/);
  });

  it('runs without a known type, and accepts valid YAML', () => {
    assertInvalid(RULE, '---\nhandoff: nope\nx: [\n---\n', [4]);
    assertValid(RULE, CLEAN);
    assertValid(RULE, crlf(CLEAN));
    assert.deepEqual(issuesOf(RULE, '---\ntitle: [\n---\n# Not a handoff\n'), []);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, CLEAN.replace('status: open', 'status: [open'));
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, '---\ntitle: [\n---\n# Not a handoff\n'],
  invalid: [
    { text: CLEAN.replace('title: Billing moves to the new vendor', 'title: "Billing" moves'), errors: [{ messageId: 'syntax', line: 3 }] },
    { text: '---\nhandoff: nope\nx: [\n---\n', errors: [{ messageId: 'syntax', line: 4 }] },
  ],
});
