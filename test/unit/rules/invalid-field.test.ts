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
  RuleTester,
  textAt,
} from '../helpers/rule-tester';

const RULE = 'invalid-field';
/** CLEAN with `key: value` replacing the field of that key, or added after `due` when absent. */
function withField(key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm');
  return line.test(CLEAN) ? CLEAN.replace(line, `${key}: ${value}`) : CLEAN.replace(/^(due:.*)$/m, `$1\n${key}: ${value}`);
}
const CUSTOM_STATUSES = 'statuses:\n  open: [new, doing]\n  closed: [shipped, dropped]\n';

describe(`rule: ${RULE}`, () => {
  describe('dates', () => {
    it('reports due, created and accepted_at values that are not real YYYY-MM-DD dates', () => {
      for (const key of ['due', 'created', 'accepted_at']) {
        for (const value of ['2026-02-30', '2026-13-01', '2026-1-5', 'next week', '05/01/2026', '"2026-02-30"']) {
          const text = withField(key, value);
          const [issue] = assertInvalid(RULE, text, [lineStarting(text, `${key}:`)]);
          assert.match(issue!.message, new RegExp(`^Unexpected date \`.+\` in \`${key}\`, expected a valid date as YYYY-MM-DD or date-time as YYYY-MM-DDTHH:MM$`));
          assert.equal(textAt(text, issue!), value);
          assertMessageStyle(issue!);
        }
      }
    });

    it('reports a date field of the wrong type', () => {
      const cases = [['20260105', 'number'], ['true', 'boolean'], ['[2026-01-05]', 'list'], ['{ on: 2026-01-05 }', 'mapping']];
      for (const [value, what] of cases) {
        const text = withField('due', value!);
        const [issue] = assertInvalid(RULE, text, [lineStarting(text, 'due:')]);
        assert.equal(issue!.message, `Unexpected ${what} in \`due\`, expected a date as YYYY-MM-DD`);
      }
    });

    it('accepts real dates, quoted or not, and leaves empty values to missing-field', () => {
      for (const value of ['2026-02-28', '2028-02-29', '"2026-04-01"', "'2026-04-01'", '', '~', '""']) {
        assertValid(RULE, withField('due', value));
        assertValid(RULE, withField('accepted_at', value));
      }
      assert.equal(issuesOf('missing-field', withField('due', '')).length, 1);
    });
  });

  describe('status', () => {
    it('reports a status outside the configured list, suggesting the closest', () => {
      const text = withField('status', 'opne');
      const [issue] = assertInvalid(RULE, text, [4]);
      assert.equal(issue!.message, 'Unexpected status `opne`, expected `open`');
      assert.equal(issue!.fixes[0]!.title, 'Change status to `open`');
      assertMessageStyle(issue!);
      assert.match(assertInvalid(RULE, withField('status', 'Done'), [4])[0]!.message, /expected `done`$/);
    });

    it('lists the statuses when nothing is close', () => {
      const [issue] = assertInvalid(RULE, withField('status', 'waiting-for-legal'), [4]);
      assert.equal(issue!.message, 'Unexpected status `waiting-for-legal`, expected one of `draft`, `open`, `accepted`, `returned`, `done`, `cancelled`');
      assert.deepEqual(issue!.fixes, []);
    });

    it('accepts every default status', () => {
      for (const status of ['draft', 'open', 'accepted', 'returned', 'done', 'cancelled']) assertValid(RULE, withField('status', status));
    });

    it('uses the statuses of `.handoff.yml`', () => {
      assertValid(RULE, withField('status', 'doing'), { config: CUSTOM_STATUSES });
      assertValid(RULE, withField('status', 'shipped'), { config: CUSTOM_STATUSES });
      const [issue] = assertInvalid(RULE, withField('status', 'shiped'), [4], { config: CUSTOM_STATUSES });
      assert.match(issue!.message, /expected `shipped`$/);
      assertInvalid(RULE, withField('status', 'open'), [4], { config: CUSTOM_STATUSES });
    });
  });

  describe('types of values', () => {
    it('reports string fields holding numbers, booleans, lists or mappings', () => {
      const fields = ['title', 'status', 'from', 'to', 'owner', 'assignee', 'accepted_by', 'returned_reason'];
      for (const key of fields) {
        for (const [value, what] of [['42', 'number'], ['false', 'boolean'], ['[a, b]', 'list'], ['{ name: a }', 'mapping']]) {
          const text = withField(key, value!);
          const [issue] = assertInvalid(RULE, text, [lineStarting(text, `${key}:`)]);
          assert.equal(issue!.message, `Unexpected ${what} in \`${key}\`, expected a string`);
        }
      }
    });

    it('reports tags and links that are not lists', () => {
      for (const key of ['tags', 'links']) {
        const text = withField(key, 'billing');
        assert.equal(assertInvalid(RULE, text, [lineStarting(text, `${key}:`)])[0]!.message, `Unexpected string in \`${key}\`, expected a list`);
        assertValid(RULE, withField(key, '[billing, vendors]'));
        assertValid(RULE, withField(key, '\n  - https://example.com/a\n  - https://example.com/b'));
      }
    });

    it('accepts quoted numbers and leaves unknown fields alone', () => {
      assertValid(RULE, withField('title', '"2026"'));
      assertValid(RULE, withField('budget', '12000'));
      assertValid(RULE, withField('template_version', '1'));
    });
  });

  it('does not check documents of an unknown type', () => {
    assertValid(RULE, withField('status', 'opne').replace('handoff: generic', 'handoff: genric'));
  });

  it('reports several problems in one front-matter, in order', () => {
    const text = withField('status', 'opne').replace('due: 2026-04-01', 'due: 2026-04-31').replace('owner: ana@example.com', 'owner: 7');
    assertInvalid(RULE, text, [4, 7, 9]);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, withField('due', '2026-02-30'));
  });

  describe('fix', () => {
    it('replaces an unknown status with the closest', () => {
      assert.equal(applyFix(RULE, withField('status', 'opne')).output, CLEAN);
    });

    it('keeps quoting, comments, key order and CRLF line endings', () => {
      const text = crlf(withField('status', '"acepted"  # set by Bo\n# reviewed\nnote: \'keep: me\''));
      assert.equal(applyFix(RULE, text).output, text.replace('"acepted"', '"accepted"'));
      const single = crlf(withField('status', "'Cancelled' # closed"));
      assert.equal(applyFix(RULE, single).output, single.replace("'Cancelled'", "'cancelled'"));
    });

    it('fixes only the status when other fields are invalid too', () => {
      const text = withField('status', 'opne').replace('due: 2026-04-01', 'due: 2026-04-31');
      const { after } = applyFix(RULE, text);
      assert.deepEqual(after.map((i) => i.message), ['Unexpected date `2026-04-31` in `due`, expected a valid date as YYYY-MM-DD or date-time as YYYY-MM-DDTHH:MM']);
    });
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, { text: withField('status', 'doing'), config: CUSTOM_STATUSES }],
  invalid: [
    { text: withField('due', '2026-02-30'), errors: [{ messageId: 'date', data: { value: '2026-02-30', field: 'due' } }] },
    { text: withField('due', '[2026-01-01]'), errors: [{ messageId: 'dateType', data: { kind: 'list', field: 'due' } }] },
    { text: withField('owner', '42'), errors: [{ messageId: 'stringType', data: { kind: 'number', field: 'owner' } }] },
    { text: withField('status', 'opne'), errors: [{ messageId: 'statusDidYouMean', data: { status: 'opne', suggestion: 'open' } }], output: CLEAN },
    { text: withField('status', 'zzzzzzzzzz'), errors: [{ messageId: 'status' }] },
    { text: withField('tags', 'billing'), errors: [{ messageId: 'listType', data: { kind: 'string', field: 'tags' } }] },
  ],
});
