import assert from 'node:assert/strict';
import { runLint } from '../../../src/cli/run-lint';
import { lintText } from '../../../src/core/lint/engine';
import { blankLinesBeforeFrontMatter } from '../../../src/core/parse/parse-handoff';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { assertConfigurable, assertMessageStyle, CLEAN, configOf, crlf, lint, RuleTester, TODAY } from '../helpers/rule-tester';

const RULE = 'front-matter-not-first';

describe(`rule: ${RULE}`, () => {
  it('finds blank lines before a front-matter with a `handoff:` key, and nothing else', () => {
    assert.equal(blankLinesBeforeFrontMatter(`\n\n${CLEAN}`), 2);
    assert.equal(blankLinesBeforeFrontMatter(`  \t\r\n${CLEAN}`), 5);
    assert.equal(blankLinesBeforeFrontMatter(`\uFEFF\n${CLEAN}`), 1);
    assert.equal(blankLinesBeforeFrontMatter(CLEAN), 0);
    assert.equal(blankLinesBeforeFrontMatter('\n---\ntitle: a blog post\n---\n# Post\n'), 0);
    assert.equal(blankLinesBeforeFrontMatter('\n# Notes\n\n---\nhandoff: generic\n---\n'), 0);
    assert.equal(blankLinesBeforeFrontMatter('  ---\nhandoff: generic\n---\n'), 0);
    assert.equal(blankLinesBeforeFrontMatter('\n\n'), 0);
  });

  it('is the only problem of such a file: it is no handoff until the fix', () => {
    const text = `\n\n${CLEAN.replace('## Context', '## Contxt')}`;
    const issues = lint(text);
    assert.deepEqual(issues.map((i) => [i.ruleId, i.severity, i.range.start.line]), [[RULE, 'warning', 2]]);
    assertMessageStyle(issues[0]!);
    assert.equal(lintText(text, { config: configOf(undefined), today: TODAY }).doc.isHandoff, false);
  });

  it('honours `rules:` severities and the disable comment', () => {
    assertConfigurable(RULE, `\n${CLEAN}`);
  });

  it('shows in `handoff lint`, and `--fix` removes the blank lines', async () => {
    const files = { 'h/a.md': `\n\n${CLEAN}`, 'h/b.md': CLEAN, 'h/post.md': '\n---\ntitle: a blog post\n---\n' };
    const run = await runInMemory(['--format', 'json'], files, runLint);
    const problems = JSON.parse(run.stdout) as { file: string; rule: string; line: number; severity: string }[];
    assert.deepEqual(problems.map((p) => [p.file, p.rule, p.line, p.severity]), [['h/a.md', RULE, 3, 'warning']]);
    const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`${CWD}/${p}`, c])));
    await runInMemory(['--fix'], fs, runLint);
    assert.equal(new TextDecoder().decode(await fs.readFile(`${CWD}/h/a.md`)), CLEAN);
  });
});

RuleTester.run(RULE, {
  valid: [CLEAN, { name: 'blank lines before a front-matter without `handoff:`', text: '\n\n---\ntitle: a blog post\n---\n# Post\n' }, '# Notes\n\n---\nhandoff: generic\n---\n'],
  invalid: [
    { name: 'one blank line', text: `\n${CLEAN}`, errors: [{ messageId: 'blankLines', line: 2 }], output: CLEAN },
    { name: 'blank lines with spaces', text: ` \n\t\n${CLEAN}`, errors: [{ messageId: 'blankLines', line: 3 }], output: CLEAN },
    { name: 'CRLF', text: crlf(`\n\n${CLEAN}`), errors: [{ messageId: 'blankLines', line: 3 }], output: crlf(CLEAN) },
    { name: 'after a byte-order mark', text: `\uFEFF\n${CLEAN}`, errors: [{ messageId: 'blankLines', line: 2 }], output: CLEAN },
  ],
});
