import assert from 'node:assert/strict';
import { runLint } from '../../../src/cli/run-lint';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

const clean = handoffDoc();
const withError = handoffDoc({ noOwner: true });
const withWarning = handoffDoc({ emptyContext: true });

function lint(argv: readonly string[], files: Record<string, string | Uint8Array>) {
  return runInMemory(argv, files, runLint);
}

describe('handoff lint', () => {
  it('exits 0 and says so when every handoff is clean', async () => {
    const run = await lint([], { 'h/a.md': clean, 'notes.md': '# not a handoff\n' });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '✔ No problems in 1 handoff\n');
    assert.equal(run.stderr, '');
  });

  it('exits 1 on errors, with file:line:col lines and a summary', async () => {
    const run = await lint(['h'], { 'h/a.md': withError, 'h/b.md': clean });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^h\/a\.md:1:1 {2}error {2}.*owner.* {2}missing-field$/);
    assert.equal(lines.at(-1), '✖ 1 problem (1 error, 0 warnings)');
  });

  it('exits 0 with warnings unless --max-warnings is exceeded', async () => {
    const files = { 'a.md': withWarning };
    const plain = await lint([], files);
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /warning {2}.*empty-section/);
    assert.equal((await lint(['--max-warnings', '1'], files)).code, 0);
    const over = await lint(['--max-warnings=0'], files);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'handoff: 1 warning found; --max-warnings allows 0\n');
  });

  it('prints errors only with --quiet', async () => {
    const run = await lint(['--quiet'], { 'a.md': withWarning, 'b.md': withError });
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, / {2}warning {2}/);
    assert.match(run.stdout, /b\.md:1:1 {2}error/);
  });

  it('reports a broken config as errors of that file, rule config, and lints the rest', async () => {
    const run = await lint(['--format', 'json'], { '.handoff.yml': 'types:\n  bad type:\n    title: x\nrules: [\n', 'a.md': withError });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    const problems = JSON.parse(run.stdout) as { file: string; rule: string; severity: string; line: number }[];
    const config = problems.filter((p) => p.rule === 'config');
    assert.ok(config.length >= 2 && config.every((p) => p.file === '.handoff.yml' && p.severity === 'error'));
    assert.ok(problems.some((p) => p.file === 'a.md' && p.rule !== 'config'), 'the handoff is still linted');
  });

  it('uses the nearest config above each file, or --config for all', async () => {
    const custom = 'types:\n  mine:\n    required_fields: [title]\n    sections: []\n';
    const doc = '---\nhandoff: mine\ntitle: Mine\n---\n# Mine\n';
    assert.equal((await lint(['team'], { 'team/.handoff.yml': custom, 'team/h/a.md': doc })).code, 0);
    assert.equal((await lint(['team'], { 'other.yml': custom, 'team/h/a.md': doc })).code, 1);
    assert.equal((await lint(['--config', 'other.yml', 'team'], { 'other.yml': custom, 'team/h/a.md': doc })).code, 0);
    const missing = await lint(['--config', 'nope.yml'], { 'a.md': clean });
    assert.deepEqual([missing.code, missing.stderr], [2, 'handoff: cannot read config nope.yml: no such file\n']);
  });

  it('exits 2 with one line for bad usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--frobnicate'], /^handoff: unknown option '--frobnicate' for handoff lint; see `handoff lint --help`\n$/],
      [['--format', 'xml'], /^handoff: unexpected --format 'xml', expected text, json, sarif, github\n$/],
      [['--max-warnings', 'many'], /^handoff: unexpected --max-warnings 'many'/],
      [['--max-warnings'], /^handoff: option '--max-warnings' needs a value/],
      [['--quiet=yes'], /^handoff: option '--quiet' takes no value/],
      [['missing-folder'], /^handoff: no such file or folder: missing-folder\n$/],
    ];
    for (const [argv, expected] of cases) {
      const run = await lint(argv, { 'a.md': clean });
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, expected);
      assert.equal(run.stderr.split('\n').length, 2, 'one line');
    }
  });

  it('reports skipped files on stderr, one line each, without failing', async () => {
    const run = await lint([], { 'a.md': clean, 'img.md': new Uint8Array([137, 80, 78, 71, 0, 0]), 'big.md': new Uint8Array(3 * 1024 * 1024) });
    assert.equal(run.code, 0);
    assert.equal(
      run.stderr,
      'handoff: skipped big.md: is 3 MB, over the 2 MB size limit for Markdown files; not read\n' +
        'handoff: skipped img.md: looks like a binary file (it contains NUL bytes); not read\n',
    );
  });

  it('lints the files a quoted glob matches', async () => {
    const files = { 'h/a.md': withError, 'h/deep/b.md': withError, 'c.md': withError };
    const run = await lint(['--format', 'json', 'h/*.md'], files);
    assert.deepEqual([...new Set(JSON.parse(run.stdout).map((p: { file: string }) => p.file))], ['h/a.md']);
    const all = await lint(['--format', 'json', '**/*.md'], files);
    assert.equal(new Set(JSON.parse(all.stdout).map((p: { file: string }) => p.file)).size, 3);
  });

  it('documents exit codes in --help', async () => {
    const run = await lint(['--help'], {});
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});
