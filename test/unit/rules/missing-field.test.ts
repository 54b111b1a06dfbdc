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
  lineStarting,
  mini,
  MINI_CONFIG,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'missing-field';

describe(`rule: ${RULE}`, () => {
  it('reports an absent required field at the opening fence', () => {
    const text = CLEAN.replace('owner: ana@example.com\n', '');
    const [issue] = assertInvalid(RULE, text, [1]);
    assert.equal(issue!.message, 'Missing front-matter field `owner`, required by type `generic`');
    assert.equal(issue!.severity, 'error');
    assertMessageStyle(issue!);
  });

  it('reports an empty required field on its line', () => {
    for (const value of ['', ' ""', " ''", ' ~', ' null', ' []', ' "   "']) {
      const text = CLEAN.replace('assignee: bo@example.com', `assignee:${value}`);
      const [issue] = assertInvalid(RULE, text, [lineStarting(text, 'assignee:')]);
      assert.match(issue!.message, /^Empty front-matter field `assignee`, expected a value required by type `generic`$/);
    }
  });

  it('reports every missing field of the type, and only those', () => {
    const text = '---\nhandoff: generic\n---\n';
    assert.deepEqual(
      issuesOf(RULE, text).map((i) => i.message.match(/`(\w+)`/)![1]),
      ['title', 'status', 'from', 'to', 'owner', 'assignee', 'due'],
    );
    assertValid(RULE, mini(['title: T', 'status: open'], ''), { config: MINI_CONFIG });
    assertInvalid(RULE, mini(['title: T'], ''), [1], { config: MINI_CONFIG });
  });

  it('accepts a complete front-matter, whatever the value types (invalid-field checks those)', () => {
    assertValid(RULE, CLEAN);
    assertValid(RULE, CLEAN.replace('owner: ana@example.com', 'owner: 42'));
  });

  it('does not check documents of an unknown type', () => {
    assertValid(RULE, '---\nhandoff: nope\n---\n');
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, CLEAN.replace('owner: ana@example.com\n', ''));
  });

  describe('fix', () => {
    it('appends an absent field as the last field', () => {
      const text = CLEAN.replace('owner: ana@example.com\n', '');
      assert.equal(applyFix(RULE, text).output, text.replace('due: 2026-04-01\n', 'due: 2026-04-01\nowner: TODO\n'));
    });

    it('fills an empty field in place, with a date placeholder for dates', () => {
      const text = CLEAN.replace('due: 2026-04-01', 'due:');
      assert.equal(applyFix(RULE, text).output, CLEAN.replace('due: 2026-04-01', 'due: YYYY-MM-DD'));
    });

    it('keeps comments, quoting and CRLF line endings', () => {
      const text = crlf(CLEAN.replace('owner: ana@example.com\n', "# who sends\nnote: 'a: b' # quoted\n"));
      const { output } = applyFix(RULE, text);
      assert.equal(output, text.replace('due: 2026-04-01\r\n', 'due: 2026-04-01\r\nowner: TODO\r\n'));
      const empty = crlf(CLEAN.replace('owner: ana@example.com', 'owner: ""   # fill in'));
      assert.equal(applyFix(RULE, empty).output, empty.replace('""', '"TODO"'));
    });
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, CLEAN.replace('owner: ana@example.com', 'owner: 42'), '---\nhandoff: nope\n---\n'],
  invalid: [
    {
      text: CLEAN.replace('owner: ana@example.com\n', ''),
      errors: [{ messageId: 'missing', data: { field: 'owner', type: 'generic' }, line: 1 }],
      output: CLEAN.replace('owner: ana@example.com\n', '').replace('due: 2026-04-01\n', 'due: 2026-04-01\nowner: TODO\n'),
    },
    {
      text: CLEAN.replace('assignee: bo@example.com', 'assignee:'),
      errors: [{ messageId: 'empty', data: { field: 'assignee', type: 'generic' }, line: lineStarting(CLEAN, 'assignee:') }],
      output: CLEAN.replace('assignee: bo@example.com', 'assignee: TODO'),
    },
  ],
});
