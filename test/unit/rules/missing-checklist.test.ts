import assert from 'node:assert/strict';
import {
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  CLEAN,
  crlf,
  lineStarting,
  mini,
  MINI_CONFIG,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'missing-checklist';
const ITEMS = '- [ ] Receiving owner confirmed\n- [x] Documents and access shared\n';
const withChecklist = (body: string) => CLEAN.replace(ITEMS, body);

describe(`rule: ${RULE}`, () => {
  it('reports a checklist section without task items, at its heading', () => {
    const text = withChecklist('');
    const [issue] = assertInvalid(RULE, text, [lineStarting(text, '## Checklist')]);
    assert.equal(issue!.severity, 'error');
    assert.equal(issue!.message, 'Missing task items in checklist section `Checklist`, expected items such as `- [ ] …`');
    assertMessageStyle(issue!);
  });

  it('does not take plain lists, prose or task items outside the section as a checklist', () => {
    for (const body of ['- Receiving owner confirmed\n', 'Everything is confirmed.\n', '* [] not a box\n', '```\n- [ ] in code\n```\n', '<!-- - [ ] commented -->\n']) {
      const text = withChecklist(body);
      assertInvalid(RULE, text, [lineStarting(text, '## Checklist')]);
    }
    const elsewhere = withChecklist('').replace('Who signs off the first invoice run?', '- [ ] Who signs off?');
    assertInvalid(RULE, elsewhere, [lineStarting(elsewhere, '## Checklist')]);
  });

  it('accepts checked, unchecked, ordered, nested and sub-headed task items', () => {
    for (const body of ['- [ ] One\n', '- [x] One\n', '* [X] One\n', '1. [ ] One\n', '- Group\n  - [ ] One\n', '### Before acceptance\n\n- [ ] One\n']) {
      assertValid(RULE, withChecklist(body));
    }
  });

  it('does not report a missing checklist section (missing-section does) or a type without one', () => {
    const text = CLEAN.replace(`## Checklist\n\n${ITEMS}`, '');
    assertValid(RULE, text);
    assertValid(RULE, mini(['title: T'], '## Summary\n\nS\n'), { config: 'types:\n  mini:\n    sections: [Summary]\n' });
  });

  it('uses the checklist sections of configured types', () => {
    const text = mini(['title: T', 'status: open'], '## Summary\n\nS\n\n## Risks\n\nR\n\n## Checklist\n\nAll good.\n');
    assertInvalid(RULE, text, [lineStarting(text, '## Checklist')], { config: MINI_CONFIG });
  });

  it('does not check documents of an unknown type, and works with CRLF', () => {
    assertValid(RULE, withChecklist('').replace('handoff: generic', 'handoff: nope'));
    const text = crlf(withChecklist(''));
    assertInvalid(RULE, text, [lineStarting(text, '## Checklist')]);
    assertValid(RULE, crlf(CLEAN));
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, withChecklist('No items yet.\n'));
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN],
  invalid: [{ text: withChecklist('Nothing yet.\n'), errors: [{ messageId: 'noItems', data: { section: 'Checklist' } }] }],
});
