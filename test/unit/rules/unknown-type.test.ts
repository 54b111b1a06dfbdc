import assert from 'node:assert/strict';
import {
  applyFix,
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  CLEAN,
  crlf,
  issuesOf,
  lint,
  MINI_CONFIG,
  RuleTester,
  textAt,
} from '../helpers/rule-tester';

const RULE = 'unknown-type';
const withType = (value: string) => CLEAN.replace('handoff: generic', `handoff: ${value}`);

describe(`rule: ${RULE}`, () => {
  it('reports a type that is neither built-in nor configured, suggesting the closest id', () => {
    const [issue] = assertInvalid(RULE, withType('genric'), [2]);
    assert.equal(issue!.message, 'Unexpected handoff type `genric`, expected `generic`');
    assert.equal(issue!.severity, 'error');
    assert.equal(textAt(withType('genric'), issue!), 'genric');
    assertMessageStyle(issue!);
  });

  it('matches ids case-sensitively but suggests across case', () => {
    const [issue] = assertInvalid(RULE, withType('Generic'), [2]);
    assert.match(issue!.message, /expected `generic`$/);
  });

  it('lists the known ids when nothing is close, with no fix', () => {
    const [issue] = assertInvalid(RULE, withType('quarterly-board-pack'), [2]);
    assert.match(issue!.message, /^Unexpected handoff type `quarterly-board-pack`, expected one of `sales-to-customer-success`, .*`generic`/);
    assert.deepEqual(issue!.fixes, []);
  });

  it('reports an empty type and offers `generic`', () => {
    for (const value of ['', '""', '~', 'null']) {
      const [issue] = assertInvalid(RULE, withType(value), [2]);
      assert.match(issue!.message, /^Missing handoff type in `handoff`, expected a type id such as `generic`$/);
      assert.equal(issue!.fixes[0]!.title, 'Change type to `generic`');
    }
  });

  it('reports a value that is not a string', () => {
    for (const [value, what] of [['42', 'number'], ['true', 'boolean'], ['[generic]', 'list'], ['{ id: generic }', 'mapping']]) {
      const [issue] = assertInvalid(RULE, withType(value!), [2]);
      assert.equal(issue!.message, `Unexpected ${what} in \`handoff\`, expected a type id such as \`generic\``);
    }
  });

  it('accepts every built-in type and configured types, which add to the built-ins', () => {
    assertValid(RULE, CLEAN);
    assertValid(RULE, withType('maintenance-request'));
    assertValid(RULE, withType('mini'), { config: MINI_CONFIG });
    assertValid(RULE, CLEAN, { config: MINI_CONFIG });
    assertInvalid(RULE, withType('mini'), [2]);
  });

  it('suggests configured types too', () => {
    const [issue] = assertInvalid(RULE, withType('vendor-onbaording'), [2], { config: 'types:\n  vendor-onboarding:\n    sections: [Summary]\n' });
    assert.match(issue!.message, /expected `vendor-onboarding`$/);
  });

  it('ignores Markdown that is not a handoff', () => {
    assert.deepEqual(issuesOf(RULE, '# Notes\n\nhandoff: genric\n'), []);
    assert.deepEqual(issuesOf(RULE, '---\ntitle: Not a handoff\n---\n# Notes\n'), []);
  });

  it('is the only content check on a document of an unknown type', () => {
    const broken = withType('genric').replace('owner: ana@example.com\n', '').replace('## Context', '## Background');
    assert.deepEqual(lint(broken).map((i) => i.ruleId), [RULE]);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, withType('genric'));
  });

  describe('fix', () => {
    it('replaces the type with the closest id', () => {
      const { output } = applyFix(RULE, withType('genric'));
      assert.equal(output, CLEAN);
    });

    it('keeps quoting, comments, key order and CRLF line endings', () => {
      const text = crlf(CLEAN.replace('handoff: generic', 'handoff: "genric"   # the type\n# a comment line\nx: \'quoted\''));
      const { output } = applyFix(RULE, text);
      assert.equal(output, text.replace('"genric"', '"generic"'));
      const single = crlf(CLEAN.replace('handoff: generic', "handoff: 'Generic' # t"));
      assert.equal(applyFix(RULE, single).output, single.replace("'Generic'", "'generic'"));
    });

    it('fills an empty type with `generic`, keeping a comment after it', () => {
      const text = crlf(CLEAN.replace('handoff: generic', 'handoff:   # to do'));
      assert.equal(applyFix(RULE, text).output, text.replace('handoff:   # to do', 'handoff: generic   # to do'));
      const bare = crlf(CLEAN.replace('handoff: generic', 'handoff:'));
      assert.equal(applyFix(RULE, bare).output, crlf(CLEAN));
    });
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, '---\ntitle: no type\n---\n'],
  invalid: [
    { text: withType('genric'), errors: [{ messageId: 'didYouMean', data: { type: 'genric', suggestion: 'generic' } }], output: CLEAN },
    { text: withType('zzzzzzzzzzzz'), errors: [{ messageId: 'unknown' }] },
    { text: withType(''), errors: [{ messageId: 'missing', data: { example: '`generic`' } }], output: CLEAN },
    { text: withType('[a, b]'), errors: [{ messageId: 'notString', data: { kind: 'list', example: 'generic' } }] },
  ],
});
