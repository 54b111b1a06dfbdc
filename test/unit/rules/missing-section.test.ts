import assert from 'node:assert/strict';
import { BUILTIN_TYPES } from '../../../src/core/types/builtin-types';
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

const RULE = 'missing-section';
const GENERIC = BUILTIN_TYPES.find((t) => t.id === 'generic')!;
const template = (name: string) => GENERIC.sections.find((s) => s.name === name)!.template!;

const SUMMARY = '## Summary\n\nMonthly billing moves from the old vendor to the new one.\n\n';
const CONTEXT = '## Context\n\nThe old contract ends in April.\n\n';
const QUESTIONS = '## Open questions\n\nWho signs off the first invoice run?\n\n';
const CHECKLIST = '## Checklist\n\n- [ ] Receiving owner confirmed\n- [x] Documents and access shared\n';
const without = (...parts: string[]) => parts.reduce((text, part) => text.replace(part, ''), CLEAN);
const block = (name: string) => `## ${name}\n\n${template(name)}\n`;

describe(`rule: ${RULE}`, () => {
  it('reports a missing section at the heading it should follow', () => {
    const text = without(CONTEXT);
    const [issue] = assertInvalid(RULE, text, [lineStarting(text, '## Summary')]);
    assert.equal(issue!.message, 'Missing section `Context`, required by type `generic`');
    assert.equal(issue!.severity, 'error');
    assertMessageStyle(issue!);
  });

  it('reports a missing first section at the title, or at the end of the front-matter', () => {
    const text = without(SUMMARY);
    assertInvalid(RULE, text, [lineStarting(text, '# Billing')]);
    const untitled = without(SUMMARY, '# Billing moves to the new vendor\n\n');
    assertInvalid(RULE, untitled, [10]);
  });

  it('reports every missing section once', () => {
    const text = without(SUMMARY, CONTEXT, QUESTIONS, CHECKLIST);
    const issues = assertInvalid(RULE, text, [12, 12, 12, 12]);
    assert.deepEqual(
      issues.map((i) => i.message.match(/`([^`]+)`/)![1]),
      ['Summary', 'Context', 'Open questions', 'Checklist'],
    );
  });

  it('matches headings case-insensitively, ignoring whitespace and trailing punctuation', () => {
    assertValid(RULE, CLEAN);
    assertValid(RULE, CLEAN.replace('## Summary', '##   SUMMARY:  ').replace('## Open questions', '## Open  Questions?'));
    assertValid(RULE, CLEAN.replace('## Context\n', 'Context\n-------\n'));
  });

  it('does not count other heading levels or headings in code', () => {
    const text = CLEAN.replace('## Context\n', '### Context\n');
    assertInvalid(RULE, text, [lineStarting(text, '### Context')]);
    const fenced = without(CONTEXT).replace('## Open questions', '```\n## Context\n```\n\n## Open questions');
    assertInvalid(RULE, fenced, [lineStarting(fenced, '## Summary')]);
  });

  it('uses the sections of configured types', () => {
    assertValid(RULE, mini(['title: T', 'status: open'], '## Summary\n\nS\n\n## Risks\n\nR\n\n## Checklist\n\n- [ ] Confirmed\n'), { config: MINI_CONFIG });
    const text = mini(['title: T', 'status: open'], '## Summary\n\nS\n\n## Checklist\n\n- [ ] Confirmed\n');
    assert.equal(assertInvalid(RULE, text, [7], { config: MINI_CONFIG })[0]!.message, 'Missing section `Risks`, required by type `mini`');
  });

  it('does not check documents of an unknown type', () => {
    assertValid(RULE, without(CONTEXT).replace('handoff: generic', 'handoff: nope'));
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, without(CONTEXT));
  });

  describe('near-miss headings', () => {
    it('names the heading at another level, with its line, and re-levels it', () => {
      const text = CLEAN.replace('## Context\n', '### Context\n');
      const [issue] = assertInvalid(RULE, text, [18]);
      assert.equal(issue!.message, 'Missing section `Context`, required by type `generic`; found `### Context` at line 18 (level 3)');
      assertMessageStyle(issue!);
      assert.deepEqual(issue!.fixes.map((f) => [f.title, f.suggestion]), [['Change `### Context` to `## Context`', undefined]]);
    });

    it('offers a misspelling only as suggestions, which `--fix` does not apply', () => {
      const text = CLEAN.replace('## Context\n', '## Contxet\n');
      const [issue] = assertInvalid(RULE, text, [18]);
      assert.equal(issue!.message, 'Missing section `Context`, required by type `generic`; found `## Contxet` at line 18 (misspelled?)');
      assert.deepEqual(issue!.fixes.map((f) => [f.title, f.suggestion]), [
        ['Change `## Contxet` to `## Context`', true],
        ['Add section `Context`', true],
      ]);
    });

    it('never proposes a heading that is already a required section, the title, or one inside a quote or list', () => {
      const config = 'types:\n  votes:\n    title: Votes\n    required_fields: [title]\n    sections: [Notes, Votes]\n';
      const doc = (body: string) => `---\nhandoff: votes\ntitle: T\n---\n\n${body}`;
      const votesOnly = issuesOf(RULE, doc('## Votes\n\nV\n'), { config });
      assert.deepEqual(votesOnly.map((i) => i.messageId), ['missing']);
      const titled = issuesOf(RULE, doc('# Notes\n\n## Votes\n\nV\n'), { config });
      assert.deepEqual(titled.map((i) => i.messageId), ['missing']);
      for (const nested of ['> ### Notes\n', '- ### Notes\n']) {
        assert.deepEqual(issuesOf(RULE, doc(`${nested}\n## Votes\n\nV\n`), { config }).map((i) => i.messageId), ['missing'], nested);
      }
    });

    it('proposes each heading for one section only, exact matches before misspellings', () => {
      const config = 'types:\n  votes:\n    title: Votes\n    required_fields: [title]\n    sections: [Notes, Votes]\n';
      const text = '---\nhandoff: votes\ntitle: T\n---\n\n### Votes\n\nV\n';
      const issues = issuesOf(RULE, text, { config });
      assert.deepEqual(issues.map((i) => [i.messageId, i.data?.section]), [['missing', 'Notes'], ['nearMiss', 'Votes']]);
    });

    it('adds all the plain missing sections in one fix, leaving a near miss to its own fix', () => {
      const text = without(SUMMARY, CHECKLIST).replace('## Context\n', '### Context\n');
      const issues = issuesOf(RULE, text);
      assert.deepEqual(issues.map((i) => i.messageId), ['missing', 'nearMiss', 'missing']);
      const { output } = applyFix(RULE, text, { title: 'Add all missing sections', remaining: 1 });
      // The level-3 heading is no section yet, so Summary goes before the next section present.
      assert.equal(output, text.replace('## Open questions', `${block('Summary')}\n## Open questions`).concat(block('Checklist')));
    });
  });

  describe('fix', () => {
    it('inserts a middle section after the previous one, with the template body', () => {
      const { output, fix } = applyFix(RULE, without(CONTEXT));
      assert.equal(fix.title, 'Add section `Context`');
      assert.equal(output, CLEAN.replace(CONTEXT, `${block('Context')}\n`));
      // The template is a prompt: the new section is empty until someone writes it.
      assert.equal(issuesOf('empty-section', output).length, 1);
    });

    it('inserts a first section before the next one present', () => {
      const { output } = applyFix(RULE, without(SUMMARY));
      assert.equal(output, CLEAN.replace(SUMMARY, `${block('Summary')}\n`));
    });

    it('inserts a last section at the end, with the template checklist', () => {
      const { output } = applyFix(RULE, without(CHECKLIST));
      assert.equal(output, `${without(CHECKLIST)}${block('Checklist')}`);
      assert.deepEqual(issuesOf('missing-checklist', output), []);
    });

    it('adds the blank lines a file without a final line break needs', () => {
      const text = without(CHECKLIST).replace(/\n+$/, '');
      assert.equal(applyFix(RULE, text).output, `${text}\n\n${block('Checklist')}`);
      const tight = without(CONTEXT).replace('new one.\n\n## Open', 'new one.\n## Open');
      assert.equal(applyFix(RULE, tight).output, tight.replace('new one.\n## Open', `new one.\n\n${block('Context')}\n## Open`));
    });

    it('places a section after the previous required one, before any extra section', () => {
      const text = without(CONTEXT).replace('## Open questions', '## Notes\n\nExtra.\n\n## Open questions');
      assert.equal(applyFix(RULE, text).output, text.replace('## Notes', `${block('Context')}\n## Notes`));
    });

    it('writes a description comment when a configured section has no template', () => {
      const text = mini(['title: T', 'status: open'], '## Summary\n\nS\n\n## Checklist\n\n- [ ] Confirmed\n');
      const { output } = applyFix(RULE, text, { config: MINI_CONFIG });
      assert.equal(output, text.replace('## Checklist', '## Risks\n\n<!-- What could go wrong. -->\n\n## Checklist'));
    });

    it('adds all missing sections at their places in one fix', () => {
      const text = without(SUMMARY, QUESTIONS, CHECKLIST);
      const issues = issuesOf(RULE, text);
      assert.equal(issues.length, 3);
      for (const issue of issues) assert.deepEqual(issue.fixes.map((f) => f.title).slice(1), ['Add all missing sections']);
      const { output } = applyFix(RULE, text, { title: 'Add all missing sections', remaining: 0 });
      const expected = CLEAN.replace(SUMMARY, `${block('Summary')}\n`)
        .replace(QUESTIONS, `${block('Open questions')}\n`)
        .replace(CHECKLIST, block('Checklist'));
      assert.equal(output, expected);
    });

    it('adds all sections to a handoff that has none, after the front-matter', () => {
      const text = '---\nhandoff: generic\ntitle: T\n---\n';
      const { output } = applyFix(RULE, text, { title: 'Add all missing sections', remaining: 0 });
      const names = GENERIC.sections.map((s) => s.name);
      assert.equal(output, `${text}\n${names.map(block).join('\n')}`);
    });

    it('offers only the single fix when one section is missing', () => {
      assert.deepEqual(issuesOf(RULE, without(CONTEXT))[0]!.fixes.map((f) => f.title), ['Add section `Context`']);
    });

    it('keeps CRLF line endings, a commented front-matter and quoted values', () => {
      const text = crlf(without(CONTEXT).replace('title: Billing moves to the new vendor', "title: 'Billing: new vendor' # quoted\n# comment"));
      const { output } = applyFix(RULE, text);
      assert.equal(output, text.replace('## Open questions', crlf(`${block('Context')}\n## Open questions`)));
      assert.doesNotMatch(output.replace(/\r\n/g, ''), /\n/);
      const all = crlf(without(SUMMARY, CHECKLIST));
      const fixed = applyFix(RULE, all, { title: 'Add all missing sections', remaining: 0 }).output;
      assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/);
      assert.equal(fixed, crlf(CLEAN.replace(SUMMARY, `${block('Summary')}\n`).replace(CHECKLIST, block('Checklist'))));
    });
  });
});

RuleTester.run(RULE, {
  valid: [
    CLEAN,
    CLEAN.replace('## Context\n', 'Context\n-------\n'),
    { name: 'an abandoned (cancelled) handoff', text: without(CONTEXT).replace('status: open', 'status: cancelled') },
    { name: 'a configured abandoned status', text: without(CONTEXT).replace('status: open', 'status: dropped'), config: 'statuses: { open: [open], closed: [done, dropped], abandoned: [dropped] }\n' },
  ],
  invalid: [
    { name: 'done is not abandoned', text: without(CONTEXT).replace('status: open', 'status: done'), errors: [{ messageId: 'missing' }], output: CLEAN.replace(CONTEXT, `${block('Context')}\n`).replace('status: open', 'status: done') },
    {
      text: without(CONTEXT),
      errors: [{ messageId: 'missing', data: { section: 'Context', type: 'generic' }, line: 14 }],
      output: CLEAN.replace(CONTEXT, `${block('Context')}\n`),
    },
    {
      name: 'near miss: at level 3',
      text: CLEAN.replace('## Context\n', '### Context\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Context', type: 'generic', heading: '### Context', line: 18, how: 'level 3' }, line: 18 }],
      output: CLEAN,
    },
    {
      name: 'near miss: at level 1, setext',
      text: CLEAN.replace('## Context\n', 'Context\n=======\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Context', type: 'generic', heading: '# Context', line: 18, how: 'level 1' }, line: 18 }],
      output: CLEAN,
    },
    {
      name: 'near miss: at level 4, keeping inline markup and trailing punctuation',
      text: CLEAN.replace('## Context\n', '#### *Context:*\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Context', type: 'generic', heading: '#### Context:', line: 18, how: 'level 4' }, line: 18 }],
      output: CLEAN.replace('## Context\n', '## *Context:*\n'),
    },
    {
      name: 'near miss: decorated with emoji',
      text: CLEAN.replace('## Checklist\n', '## 📋 Checklist ✅\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Checklist', type: 'generic', heading: '## 📋 Checklist ✅', line: 26, how: 'decorated' }, line: 26 }],
      output: CLEAN,
    },
    {
      name: 'near miss: decorated and at level 3',
      text: CLEAN.replace('## Open questions\n', '### ❓ Open questions\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Open questions', type: 'generic', heading: '### ❓ Open questions', line: 22, how: 'level 3, decorated' }, line: 22 }],
      output: CLEAN,
    },
    {
      name: 'near miss: misspelled (a suggestion)',
      text: CLEAN.replace('## Open questions\n', '## Opne qustions\n'),
      errors: [{ messageId: 'nearMiss', data: { section: 'Open questions', type: 'generic', heading: '## Opne qustions', line: 22, how: 'misspelled?' }, line: 22 }],
      output: CLEAN,
    },
    {
      name: 'near miss: CRLF',
      text: crlf(CLEAN.replace('## Context\n', '### Context\n')),
      errors: [{ messageId: 'nearMiss', line: 18 }],
      output: crlf(CLEAN),
    },
    {
      name: 'near miss: CRLF, decorated setext',
      text: crlf(CLEAN.replace('## Context\n', '🧭 Context\n-------\n')),
      errors: [{ messageId: 'nearMiss', line: 18 }],
      output: crlf(CLEAN),
    },
  ],
});
