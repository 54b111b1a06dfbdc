import assert from 'node:assert/strict';
import { parseHandoff, readHeader } from '../../../src/core/parse/parse-handoff';
import type { HandoffDocument, Range } from '../../../src/core/index';

/** The text a range covers, to assert on what a person would see highlighted. */
function slice(doc: HandoffDocument, r: Range): string {
  return doc.text.slice(doc.lines.offsetAt(r.start), doc.lines.offsetAt(r.end));
}

const BASIC = [
  '---',
  'handoff: generic',
  'title: Move billing to Finance',
  'status: open',
  '---',
  '# Billing',
  '',
  '## Summary',
  'Finance takes over billing.',
  '',
  '## Checklist',
  '- [x] Access granted',
  '- [ ] Runbook reviewed',
  '',
].join('\n');

describe('parseHandoff', () => {
  it('reads fields with exact key and value ranges', () => {
    const doc = parseHandoff(BASIC);
    assert.equal(doc.isHandoff, true);
    assert.equal(doc.type, 'generic');
    const title = doc.frontMatter!.fields.get('title')!;
    assert.equal(title.value, 'Move billing to Finance');
    assert.equal(doc.text.slice(title.keyStart, title.keyEnd), 'title');
    assert.equal(doc.text.slice(title.valueStart, title.valueEnd), 'Move billing to Finance');
    assert.deepEqual(doc.lines.positionAt(title.valueStart), { line: 2, character: 7 });
  });

  it('finds ## sections with heading and body ranges, emptiness and task items', () => {
    const doc = parseHandoff(BASIC);
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary', 'Checklist']);
    const [summary, checklist] = doc.sections;
    assert.equal(slice(doc, summary!.headingRange), '## Summary');
    assert.equal(slice(doc, summary!.bodyRange).trim(), 'Finance takes over billing.');
    assert.equal(summary!.empty, false);
    assert.deepEqual(checklist!.taskItems.map((t) => [t.checked, t.text]), [
      [true, 'Access granted'],
      [false, 'Runbook reviewed'],
    ]);
    assert.equal(slice(doc, checklist!.taskItems[1]!.range), '- [ ] Runbook reviewed');
    assert.equal(slice(doc, checklist!.taskItems[1]!.checkboxRange), '[ ]');
    assert.equal(doc.title, 'Move billing to Finance');
  });

  it('treats a section holding only blank lines and comments as empty, and keeps subsections in the body', () => {
    const doc = parseHandoff('---\nhandoff: generic\n---\n## Risks\n\n<!-- list risks -->\n\n## Notes\n### Detail\ntext\n## End\n');
    assert.deepEqual(doc.sections.map((s) => [s.name, s.empty]), [['Risks', true], ['Notes', false], ['End', true]]);
    assert.match(slice(doc, doc.sections[1]!.bodyRange), /### Detail\ntext/);
  });

  it('normalizes section names: case, whitespace, trailing punctuation', () => {
    const doc = parseHandoff('---\nhandoff: generic\n---\n##   Success   Criteria:  \n\nok\n');
    assert.equal(doc.sections[0]!.key, 'success criteria');
  });

  it('is not a handoff without front-matter or without a handoff key', () => {
    assert.equal(parseHandoff('# Notes\n\n## Summary\n').isHandoff, false);
    assert.equal(parseHandoff('---\ntitle: x\n---\n').isHandoff, false);
    assert.equal(parseHandoff('').isHandoff, false);
  });

  it('handles empty front-matter', () => {
    const doc = parseHandoff('---\n---\n## Summary\ntext\n');
    assert.ok(doc.frontMatter);
    assert.equal(doc.frontMatter!.fields.size, 0);
    assert.equal(doc.frontMatter!.errors.length, 0);
    assert.equal(doc.isHandoff, false);
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary']);
  });

  it('handles CRLF line endings with correct ranges', () => {
    const doc = parseHandoff(BASIC.replace(/\n/g, '\r\n'));
    assert.equal(doc.eol, '\r\n');
    assert.equal(doc.type, 'generic');
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary', 'Checklist']);
    const item = doc.sections[1]!.taskItems[1]!;
    assert.deepEqual(item.range.start, { line: 12, character: 0 });
    assert.equal(slice(doc, item.range), '- [ ] Runbook reviewed');
    assert.equal(slice(doc, doc.sections[0]!.headingRange), '## Summary');
  });

  it('strips a byte-order mark and reports positions without it', () => {
    const doc = parseHandoff('\uFEFF' + BASIC);
    assert.equal(doc.hasBom, true);
    assert.equal(doc.type, 'generic');
    assert.deepEqual(doc.sections[0]!.headingRange.start, { line: 7, character: 0 });
  });

  it('reads tab-indented content and reports tabs in YAML as errors', () => {
    const doc = parseHandoff('---\nhandoff: generic\nlinks:\n\t- a\n---\n## Summary\n\tcode block\n');
    assert.ok(doc.yamlProblems.length > 0);
    assert.equal(doc.isHandoff, true);
    assert.equal(doc.sections[0]!.empty, false);
  });

  it('ignores --- and headings inside code fences', () => {
    const text = '---\nhandoff: generic\n---\n## Summary\n```\n---\n## Not a section\n- [ ] not a task\n```\n## Checklist\n- [ ] real\n';
    const doc = parseHandoff(text);
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary', 'Checklist']);
    assert.deepEqual(doc.taskItems.map((t) => t.text), ['real']);
  });

  it('does not take a fenced block that does not open the file as front-matter', () => {
    const doc = parseHandoff('\n---\nhandoff: generic\n---\n');
    assert.equal(doc.frontMatter, undefined);
    assert.equal(doc.isHandoff, false);
  });

  it('reads setext headings as sections', () => {
    const doc = parseHandoff('---\nhandoff: generic\n---\nSummary\n-------\ntext\n\nChecklist\n---------\n- [ ] one\n');
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary', 'Checklist']);
    assert.equal(doc.sections[1]!.taskItems.length, 1);
  });

  it('reports duplicate keys and keeps the first value', () => {
    const doc = parseHandoff('---\nhandoff: generic\nstatus: open\nstatus: done\n---\n');
    assert.equal(doc.frontMatter!.fields.get('status')!.value, 'open');
    const dup = doc.yamlProblems.find((p) => p.code === 'DUPLICATE_KEY');
    assert.ok(dup);
    assert.equal(doc.lines.positionAt(dup!.start).line, 3);
  });

  it('reports YAML syntax errors at the parser position, still marks the handoff and parses the body', () => {
    const doc = parseHandoff('---\nhandoff: generic\ntitle: "a" b\nstatus: open\n---\n## Summary\ntext\n');
    assert.equal(doc.isHandoff, true);
    assert.equal(doc.yamlProblems.length, 1);
    // The parser stops at the stray `b` after the quoted scalar.
    assert.deepEqual(doc.lines.positionAt(doc.yamlProblems[0]!.start), { line: 2, character: 11 });
    assert.deepEqual(doc.sections.map((s) => s.name), ['Summary']);
  });

  it('prints no Node warning for a collection used as a key', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const doc = parseHandoff('---\nhandoff: generic\ntags: [a]\n  links:: : bad\n  - https://x.example\n---\n');
      assert.ok(doc.yamlProblems.length > 0);
      await new Promise((resolve) => setImmediate(resolve)); // process warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings.map((w) => w.message), []);
  });

  it('reports an unclosed front-matter block', () => {
    const doc = parseHandoff('---\nhandoff: generic\ntitle: x\n\n## Summary\n');
    assert.equal(doc.isHandoff, true);
    assert.ok(doc.yamlProblems.some((p) => p.code === 'UNCLOSED'));
  });

  it('keeps non-string values and unknown fields as they are', () => {
    const doc = parseHandoff('---\nhandoff: generic\ndue: 20270101\nstatus: true\ntags: [a, b]\ncustom_field: {x: 1}\n---\n');
    const f = doc.frontMatter!.fields;
    assert.equal(f.get('due')!.value, 20270101);
    assert.equal(f.get('status')!.value, true);
    assert.deepEqual(f.get('tags')!.value, ['a', 'b']);
    assert.deepEqual(f.get('custom_field')!.value, { x: 1 });
    assert.equal(f.get('due')!.value, 20270101);
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    const doc = parseHandoff('---\nhandoff: generic\ndue: 2027-01-05\n---\n');
    assert.equal(doc.frontMatter!.fields.get('due')!.value, '2027-01-05');
  });

  it('marks a non-string handoff value as a handoff without a type', () => {
    const doc = parseHandoff('---\nhandoff: 42\n---\n');
    assert.equal(doc.isHandoff, true);
    assert.equal(doc.type, undefined);
  });

  it('reports a front-matter that is not a mapping', () => {
    const doc = parseHandoff('---\n- a\n- b\n---\n');
    assert.equal(doc.frontMatter!.isMapping, false);
    assert.ok(doc.yamlProblems.some((p) => p.code === 'NOT_A_MAPPING'));
  });

  it('collects disable comments, but not from code', () => {
    const doc = parseHandoff('---\nhandoff: generic\n---\n<!-- handoff-disable overdue, empty-section -->\n```\n<!-- handoff-disable missing-field -->\n```\n');
    assert.deepEqual([...doc.disabledRules].sort(), ['empty-section', 'overdue']);
  });

  it('survives an alias bomb and absurd nesting', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const doc = parseHandoff(`---\nhandoff: generic\n${bomb.join('\n')}\n---\n`);
    assert.equal(doc.isHandoff, true);
    assert.match(doc.limitsExceeded?.[0]?.message ?? '', /aliases/);
    const deep = parseHandoff(`---\nhandoff: generic\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n---\n`);
    assert.equal(deep.isHandoff, true);
  });

  it('does not hang on absurdly nested lists or indentation (remark takes seconds on these)', function () {
    this.timeout(5_000);
    const head = '---\nhandoff: generic\n---\n## Summary\n';
    let indented = head;
    for (let i = 0; i < 1000; i++) indented += ' '.repeat(i * 2) + '- item\n';
    for (const text of [head + '- '.repeat(3000) + 'x\n', indented]) {
      const started = Date.now();
      const doc = parseHandoff(text);
      assert.equal(doc.isHandoff, true);
      assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
    }
  });

  it('parses a 5 MB document with every section and task item', function () {
    this.timeout(30_000);
    const parts = ['---\nhandoff: generic\ntitle: Big\n---\n'];
    for (let i = 0; i < 2500; i++) parts.push(`## Section ${i}\n\n${'Lorem ipsum dolor sit amet. '.repeat(75)}\n\n- [ ] task ${i}\n\n`);
    const text = parts.join('');
    assert.ok(text.length > 5_000_000);
    const doc = parseHandoff(text);
    assert.equal(doc.sections.length, 2500);
    assert.equal(doc.taskItems.length, 2500);
    assert.equal(slice(doc, doc.sections[2499]!.headingRange), '## Section 2499');
  });
});

describe('readHeader', () => {
  it('reads the front-matter only', () => {
    const header = readHeader(BASIC);
    assert.equal(header.type, 'generic');
    assert.equal(header.isHandoff, true);
    assert.equal('sections' in header, false);
  });
});
