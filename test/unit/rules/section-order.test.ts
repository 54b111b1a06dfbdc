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

const RULE = 'section-order';
const SUMMARY = '## Summary\n\nMonthly billing moves from the old vendor to the new one.\n\n';
const CONTEXT = '## Context\n\nThe old contract ends in April.\n\n';
const QUESTIONS = '## Open questions\n\nWho signs off the first invoice run?\n\n';
const swapped = CLEAN.replace(SUMMARY + CONTEXT, CONTEXT + SUMMARY);

describe(`rule: ${RULE}`, () => {
  it('reports the first heading out of the type order, once', () => {
    const [issue] = assertInvalid(RULE, swapped, [lineStarting(swapped, '## Summary')]);
    assert.equal(issue!.severity, 'info');
    assert.equal(issue!.message, 'Unexpected section `Summary` after `Context`, expected it before `Context` as type `generic` orders them');
    assertMessageStyle(issue!);
  });

  it('reports only once when several sections are out of order', () => {
    const reversed = CLEAN.replace(SUMMARY + CONTEXT + QUESTIONS, QUESTIONS + CONTEXT + SUMMARY);
    const [issue] = assertInvalid(RULE, reversed, [lineStarting(reversed, '## Context')]);
    assert.match(issue!.message, /^Unexpected section `Context` after `Open questions`, expected it before `Open questions`/);
  });

  it('names the section the misplaced one belongs before', () => {
    const text = CLEAN.replace(SUMMARY, '').replace(QUESTIONS, QUESTIONS + SUMMARY);
    assert.match(assertInvalid(RULE, text, [lineStarting(text, '## Summary')])[0]!.message, /after `Open questions`, expected it before `Context`/);
  });

  it('accepts the type order with extra sections anywhere and required ones missing', () => {
    assertValid(RULE, CLEAN);
    assertValid(RULE, CLEAN.replace('## Context', '## Notes\n\nN\n\n## Context').replace('## Summary', '## Intro\n\nI\n\n## Summary'));
    assertValid(RULE, CLEAN.replace(CONTEXT, ''));
    assertValid(RULE, CLEAN.replace('## Summary', '## summary:'));
  });

  it('judges a repeated section by its first occurrence', () => {
    assertValid(RULE, CLEAN + '\n## Summary\n\nAgain.\n');
  });

  it('uses the order of configured types', () => {
    const text = mini(['title: T'], '## Risks\n\nR\n\n## Summary\n\nS\n\n## Checklist\n\n- [ ] Confirmed\n');
    assertInvalid(RULE, text, [lineStarting(text, '## Summary')], { config: MINI_CONFIG });
  });

  it('does not check documents of an unknown type, and works with CRLF', () => {
    assertValid(RULE, swapped.replace('handoff: generic', 'handoff: nope'));
    assertInvalid(RULE, crlf(swapped), [lineStarting(swapped, '## Summary')]);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, swapped);
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN],
  invalid: [
    {
      text: swapped,
      errors: [{ messageId: 'order', data: { section: 'Summary', previous: 'Context', before: 'Context', type: 'generic' } }],
    },
  ],
});
