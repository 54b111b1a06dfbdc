import assert from 'node:assert/strict';
import { MAX_NESTING } from '../../../src/core/parse/limits';
import {
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  CLEAN,
  crlf,
  lint,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'too-complex';
const DEEP = `${'- '.repeat(MAX_NESTING + 1)}x`;

describe(`rule: ${RULE}`, () => {
  it('reports nesting past the limit once, at its line, with the limit in the message', () => {
    const text = `${CLEAN}\n${DEEP}\n${DEEP}\n`;
    const [issue] = assertInvalid(RULE, text, [text.split('\n').indexOf(DEEP) + 1]);
    assert.equal(issue!.severity, 'warning');
    assert.match(issue!.message, new RegExp(`deeper than ${MAX_NESTING} block quotes and list items: its sections and checklist are not checked`));
    assertMessageStyle(issue!);
  });

  it('lets every rule that does not need the unread part run: fields yes, sections no', () => {
    const text = `${CLEAN.replace('owner: ana@example.com\n', '').replace('## Context', '## Background')}\n${DEEP}\n`;
    const ids = lint(text).map((i) => i.ruleId);
    assert.deepEqual([...new Set(ids)].sort(), ['missing-field', RULE]);
    // An unreadable front-matter: the type is unknown, so only the rules that need none run.
    const fm = lint(`---\nhandoff: generic\nx: ${'['.repeat(MAX_NESTING + 1)}\n---\n# T\n`);
    assert.deepEqual(fm.map((i) => i.ruleId), [RULE]);
    assert.deepEqual(fm[0]!.range.start, { line: 0, character: 0 });
  });

  it('joins two limits in one problem', () => {
    const issues = lint(`---\nhandoff: generic\nx: ${'['.repeat(MAX_NESTING + 1)}\n---\n${DEEP}\n`).filter((i) => i.ruleId === RULE);
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /^Unexpected front-matter nested deeper than 32 levels: its fields are not read; nesting deeper than 32 block quotes/);
  });

  it('is quiet on ordinary handoffs, CRLF included, and runs without a known type', () => {
    assertValid(RULE, CLEAN);
    assertValid(RULE, crlf(CLEAN));
    assertInvalid(RULE, `---\nhandoff: nope\n---\n${DEEP}\n`, [4]);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, `${CLEAN}\n${DEEP}\n`);
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN],
  invalid: [{ text: `${CLEAN}\n${DEEP}\n`, errors: [{ messageId: 'limits' }] }],
});
