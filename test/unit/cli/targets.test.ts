import assert from 'node:assert/strict';
import { runLint } from '../../../src/cli/run-lint';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

const broken = handoffDoc({ noOwner: true });
const files = { 'docs/a.md': broken, 'docs/b.md': broken, 'docs/c.md': broken, 'docs/skip/d.md': broken, 'docs/deep/e.md': broken };

async function linted(argv: string[]): Promise<string[]> {
  const run = await runInMemory(['--format', 'json', ...argv], files, runLint);
  assert.equal(run.code, 1, run.stderr);
  return [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((p) => p.file))];
}

describe('handoff lint path patterns', () => {
  it('expands braces', async () => {
    assert.deepEqual(await linted(['docs/{a,b}.md']), ['docs/a.md', 'docs/b.md']);
  });

  it('keeps `*` within a folder and lets `**` cross folders', async () => {
    assert.deepEqual(await linted(['docs/*.md']), ['docs/a.md', 'docs/b.md', 'docs/c.md']);
    assert.deepEqual(await linted(['docs/**/*.md']), ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/deep/e.md', 'docs/skip/d.md']);
  });

  it('leaves out what a `!negation` matches, a glob or a folder', async () => {
    assert.deepEqual(await linted(['docs', '!docs/skip/**']), ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/deep/e.md']);
    assert.deepEqual(await linted(['!docs/skip', '!docs/{a,b}.md']), ['docs/c.md', 'docs/deep/e.md']);
  });

  it('exits 2 when a path or pattern matches no Markdown file, unless allowed', async () => {
    const typo = await runInMemory(['docs/*.mdx', 'docs/a.md'], files, runLint);
    assert.equal(typo.code, 2);
    assert.equal(typo.stdout, '');
    assert.match(typo.stderr, /^handoff: no Markdown files match 'docs\/\*\.mdx'; .*--no-error-on-unmatched-pattern/);
    const allowed = await runInMemory(['--no-error-on-unmatched-pattern', 'docs/*.mdx'], files, runLint);
    assert.equal(allowed.code, 0);
    assert.equal(allowed.stdout, '✔ No problems in 0 handoffs\n');
    const missing = await runInMemory(['nowhere/*.md'], files, runLint);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no files match 'nowhere\/\*\.md'/);
    const allNegated = await runInMemory(['docs/skip', '!docs/skip/**'], files, runLint);
    assert.equal(allNegated.code, 2);
  });
});
