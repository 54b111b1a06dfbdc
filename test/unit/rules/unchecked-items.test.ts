import assert from 'node:assert/strict';
import {
  applyFix,
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  CLEAN,
  crlf,
  lineStarting,
  RuleTester,
  textAt,
} from '../helpers/rule-tester';

const RULE = 'unchecked-items';
const ITEMS = '- [ ] Receiving owner confirmed\n- [x] Documents and access shared\n';
const doc = (status: string, items = ITEMS) => CLEAN.replace('status: open', `status: ${status}`).replace(ITEMS, items);
const CUSTOM_STATUSES = 'statuses:\n  open: [new, doing]\n  closed: [shipped, dropped]\n';

describe(`rule: ${RULE}`, () => {
  it('reports each unchecked item of an accepted handoff, on the item', () => {
    const text = doc('accepted', '- [ ] One\n- [x] Two\n- [ ] Three\n');
    const issues = assertInvalid(RULE, text, [lineStarting(text, '- [ ] One'), lineStarting(text, '- [ ] Three')]);
    assert.equal(issues[0]!.message, 'Unexpected unchecked item `One` in `Checklist`, expected every item checked when status is `accepted`');
    assert.equal(issues[0]!.severity, 'error');
    assert.equal(textAt(text, issues[0]!), '- [ ] One');
    assertMessageStyle(issues[0]!);
  });

  it('reports closed handoffs too, with the configured closed statuses', () => {
    for (const status of ['done', 'cancelled']) assertInvalid(RULE, doc(status), [lineStarting(CLEAN, '- [ ] Receiving')]);
    assertInvalid(RULE, doc('shipped'), [lineStarting(CLEAN, '- [ ] Receiving')], { config: CUSTOM_STATUSES });
    assertValid(RULE, doc('doing'), { config: CUSTOM_STATUSES });
  });

  it('leaves open handoffs, fully checked checklists and other sections alone', () => {
    for (const status of ['draft', 'open', 'returned']) assertValid(RULE, doc(status));
    assertValid(RULE, CLEAN.replace('status: open\n', ''));
    assertValid(RULE, doc('accepted', '- [x] One\n- [X] Two\n'));
    const elsewhere = doc('done', '- [x] One\n').replace('Who signs off the first invoice run?', '- [ ] Ask finance');
    assertValid(RULE, elsewhere);
  });

  it('finds nested, ordered and sub-headed items of the checklist section', () => {
    const text = doc('done', '### Before\n\n1. [ ] First\n2. [x] Second\n\n- Group\n  - [ ] Nested\n');
    assertInvalid(RULE, text, [lineStarting(text, '1. [ ]'), lineStarting(text, '  - [ ] Nested')]);
  });

  it('does not check documents of an unknown type', () => {
    assertValid(RULE, doc('done').replace('handoff: generic', 'handoff: nope'));
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, doc('accepted'));
  });

  describe('fix', () => {
    it('checks the item and nothing else', () => {
      const text = doc('done', '- [ ] One\n- [ ] Two\n');
      const first = applyFix(RULE, text);
      assert.equal(first.fix.title, 'Check this item');
      assert.equal(first.output, text.replace('- [ ] One', '- [x] One'));
      const second = applyFix(RULE, text, { issue: 1 });
      assert.equal(second.output, text.replace('- [ ] Two', '- [x] Two'));
      assert.deepEqual(applyFix(RULE, first.output).after, []);
    });

    it('checks nested and ordered items in place', () => {
      const text = doc('accepted', '1. [ ] First\n   - [ ] Nested `code` [link](https://example.com)\n');
      assert.equal(applyFix(RULE, text).output, text.replace('1. [ ]', '1. [x]'));
      assert.equal(applyFix(RULE, text, { issue: 1 }).output, text.replace('   - [ ] Nested', '   - [x] Nested'));
    });

    it('keeps CRLF line endings, a commented front-matter and quoted values', () => {
      const text = crlf(doc('"accepted" # by Bo', '- [ ] One\n- [x] Two\n').replace("title: Billing moves to the new vendor", "title: 'Billing: vendor' # q\n# note"));
      const { output } = applyFix(RULE, text);
      assert.equal(output, text.replace('- [ ] One', '- [x] One'));
    });
  });
});

RuleTester.run(RULE, {
  valid: [doc('open'), doc('accepted', '- [x] One\n')],
  invalid: [
    {
      text: doc('accepted', '- [ ] One\n'),
      errors: [{ messageId: 'unchecked', data: { item: ' `One`', section: 'Checklist', status: 'accepted' } }],
      output: doc('accepted', '- [x] One\n'),
    },
  ],
});
