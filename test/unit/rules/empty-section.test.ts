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
  mini,
  MINI_CONFIG,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'empty-section';
const CONTEXT_TEXT = 'The old contract ends in April.\n\n';
const emptyContext = (body = '') => CLEAN.replace(CONTEXT_TEXT, body);

describe(`rule: ${RULE}`, () => {
  it('warns on a required section with nothing under its heading', () => {
    const text = emptyContext();
    const [issue] = assertInvalid(RULE, text, [lineStarting(text, '## Context')]);
    assert.equal(issue!.severity, 'warning');
    assert.equal(issue!.message, 'Missing content in section `Context`, expected Background, decisions made, links to documents, where the work stands');
    assertMessageStyle(issue!);
  });

  it('counts blank lines, whitespace and HTML comments (the template prompts) as empty', () => {
    for (const body of ['\n\n\n', '   \n\t\n', '<!-- Why does this exist? -->\n\n', '<!-- a -->\n<!--\nb\n-->\n\n']) {
      const text = emptyContext(body);
      assertInvalid(RULE, text, [lineStarting(text, '## Context')]);
    }
  });

  it('reports the section at the end of the file and each empty section', () => {
    const text = CLEAN.replace('Monthly billing moves from the old vendor to the new one.\n\n', '').replace(CONTEXT_TEXT, '');
    assertInvalid(RULE, text, [lineStarting(text, '## Summary'), lineStarting(text, '## Context')]);
    const trailing = mini(['title: T', 'status: open'], '## Summary\n\nS\n\n## Checklist\n\n- [ ] Confirmed\n\n## Risks\n');
    assert.match(assertInvalid(RULE, trailing, [lineStarting(trailing, '## Risks')], { config: MINI_CONFIG })[0]!.message, /^Missing content in section `Risks`, expected What could go wrong$/);
  });

  it('accepts any content: text, lists, code, tables, sub-headings', () => {
    for (const body of ['See the vendor file.\n\n', '- one\n\n', '```\nlog\n```\n\n', '| a |\n| - |\n| 1 |\n\n', '### Details\n\n', '<!-- prompt -->\nAnswer.\n\n']) {
      assertValid(RULE, emptyContext(body));
    }
  });

  it('leaves empty checklist sections to missing-checklist and ignores sections the type does not require', () => {
    const checklist = CLEAN.replace('- [ ] Receiving owner confirmed\n- [x] Documents and access shared\n', '');
    assertValid(RULE, checklist);
    assert.equal(issuesOf('missing-checklist', checklist).length, 1);
    assertValid(RULE, CLEAN.replace('## Context', '## Notes\n\n## Context'));
  });

  it('does not report missing sections or documents of an unknown type', () => {
    assertValid(RULE, CLEAN.replace('## Context\n\n' + CONTEXT_TEXT, ''));
    assertValid(RULE, emptyContext().replace('handoff: generic', 'handoff: nope'));
  });

  it('works with CRLF line endings', () => {
    const text = crlf(emptyContext());
    assertInvalid(RULE, text, [lineStarting(text, '## Context')]);
    assertValid(RULE, crlf(CLEAN));
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, emptyContext());
    assertValid(RULE, emptyContext().replace('## Summary', '<!-- handoff-disable empty-section -->\n\n## Summary'));
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, emptyContext('Text.\n\n')],
  invalid: [
    { text: emptyContext(), errors: [{ messageId: 'empty', data: { section: 'Context', expected: 'Background, decisions made, links to documents, where the work stands' } }] },
  ],
});
