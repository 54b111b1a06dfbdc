import assert from 'node:assert/strict';
import { applyEdits, parseHandoff } from '../../../src/core/index';
import {
  applyFix,
  assertConfigurable,
  assertInvalid,
  assertMessageStyle,
  assertValid,
  crlf,
  issuesOf,
  lint,
  RuleTester,
} from '../helpers/rule-tester';

const RULE = 'template-outdated';
// Version 2 of the type added `Risks`; the document was written from version 1.
const CONFIG = [
  'types:',
  '  vendor:',
  '    version: 2',
  '    required_fields: [title]',
  '    sections:',
  '      - Summary',
  '      - { name: Risks, description: What could go wrong. }',
  '      - { name: Checklist, checklist: true, template: "- [ ] Confirmed" }',
  '',
].join('\n');
const V1 = ['---', 'handoff: vendor', "title: 'Kestrel: boxes'  # quoted on purpose", 'template_version: 1', '---', '', '## Summary', '', 'Boxes.', '', '## Checklist', '', '- [x] Confirmed', ''].join('\n');
const c = { config: CONFIG };

describe(`rule: ${RULE}`, () => {
  it('reports a template_version below the type version, naming the sections it added', () => {
    const [issue] = assertInvalid(RULE, V1, [4], c);
    assert.equal(issue!.severity, 'info');
    assert.equal(issue!.message, 'Unexpected template version `1`, expected `2` for type `vendor`; version 2 requires `Risks`');
    assertMessageStyle(issue!);
  });

  it('leaves current, newer and unversioned documents alone', () => {
    assertValid(RULE, V1.replace('template_version: 1', 'template_version: 2'), c);
    assertValid(RULE, V1.replace('template_version: 1', 'template_version: 3'), c);
    assertValid(RULE, V1.replace('template_version: 1\n', ''), c);
    assertValid(RULE, V1.replace('handoff: vendor', 'handoff: generic'), {});
  });

  it('fixes by adding the new sections and the version, leaving existing text byte-for-byte unchanged', () => {
    const { output } = applyFix(RULE, V1, c);
    assert.equal(output, V1.replace('template_version: 1', 'template_version: 2').replace('Boxes.\n\n', 'Boxes.\n\n## Risks\n\n<!-- What could go wrong. -->\n\n'));
    assert.deepEqual(lint(output, c).filter((i) => i.ruleId === 'missing-section'), []);
  });

  it('is idempotent: a second application finds nothing to do', () => {
    const { output } = applyFix(RULE, V1, c);
    assert.deepEqual(issuesOf(RULE, output, c), []);
  });

  it('keeps CRLF line endings', () => {
    const text = crlf(V1);
    const fix = issuesOf(RULE, text, c)[0]!.fixes[0]!;
    const out = applyEdits(parseHandoff(text).text, fix.edits);
    assert.ok(!/[^\r]\n/.test(out), 'every line break stays CRLF');
  });

  it('follows rules: severities and the disable comment', () => {
    assertConfigurable(RULE, V1, c);
  });
});

RuleTester.run(RULE, {
  valid: [{ text: V1.replace('template_version: 1', 'template_version: 2'), ...c }, { text: V1.replace('template_version: 1\n', ''), ...c }],
  invalid: [
    {
      text: V1,
      ...c,
      errors: [{ messageId: 'outdated', data: { found: 1, expected: 2, type: 'vendor', added: '; version 2 requires `Risks`' }, line: 4 }],
      output: V1.replace('template_version: 1', 'template_version: 2').replace('Boxes.\n\n', 'Boxes.\n\n## Risks\n\n<!-- What could go wrong. -->\n\n'),
    },
  ],
});
