// handoff lint's CI flags: --today, --rule, -o, stdin, colours, and escaped control characters.
import assert from 'node:assert/strict';
import { runLint } from '../../../src/cli/run-lint';
import { runList } from '../../../src/cli/run-list';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

const dueSoon = handoffDoc({ due: '2026-07-01' });
const broken = handoffDoc({ noOwner: true });

describe('handoff lint flags', () => {
  it('--today pins the date every date rule measures against', async () => {
    const before = await runInMemory(['--today', '2026-06-30'], { 'a.md': dueSoon }, runLint);
    assert.equal(before.code, 0);
    assert.doesNotMatch(before.stdout, /overdue/);
    const after = await runInMemory(['--today=2026-07-02', '--format', 'json'], { 'a.md': dueSoon }, runLint);
    assert.deepEqual(JSON.parse(after.stdout).map((p: { rule: string }) => p.rule), ['overdue']);
    const bad = await runInMemory(['--today', '2026-02-30'], { 'a.md': dueSoon }, runLint);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unexpected --today '2026-02-30', expected a date as YYYY-MM-DD/);
  });

  it('--today applies to list as well', async () => {
    const run = await runInMemory(['--today', '2026-07-02', '--overdue'], { 'a.md': dueSoon }, runList);
    assert.match(run.stdout, /2026-07-01 OVERDUE/);
  });

  it('--rule sets severities over the config, repeatably; an unknown id suggests the closest', async () => {
    const files = { '.handoff.yml': 'rules:\n  missing-field: warning\n', 'a.md': broken };
    const off = await runInMemory(['--rule', 'missing-field=off'], files, runLint);
    assert.equal(off.code, 0);
    assert.equal(off.stdout, '✔ No problems in 1 handoff\n');
    const error = await runInMemory(['--rule', 'overdue=off', '--rule', 'missing-field=error', '--format', 'json'], files, runLint);
    assert.equal(error.code, 1);
    assert.equal(JSON.parse(error.stdout)[0].severity, 'error');
    const typo = await runInMemory(['--rule', 'missing-feild=off'], files, runLint);
    assert.equal(typo.code, 2);
    assert.equal(typo.stderr, "handoff: unknown rule 'missing-feild' in --rule; did you mean 'missing-field'?\n");
    const badSeverity = await runInMemory(['--rule', 'overdue=loud'], files, runLint);
    assert.equal(badSeverity.code, 2);
    assert.match(badSeverity.stderr, /expected off, info, warning, error/);
  });

  it('-o writes the report to a file instead of stdout', async () => {
    const fs = new MemoryFileSystem({ '/work/a.md': broken });
    const run = await runInMemory(['--format', 'sarif', '-o', 'out/handoff.sarif'], fs, runLint);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const written = JSON.parse(new TextDecoder().decode(await fs.readFile('/work/out/handoff.sarif')));
    assert.equal(written.runs[0].results[0].ruleId, 'missing-field');
  });

  it("lints stdin as the file named by --stdin-filename, with that file's config", async () => {
    const files = { 'team/.handoff.yml': 'rules:\n  missing-field: off\n', 'team/x.md': handoffDoc() };
    const run = await runInMemory(['-', '--stdin-filename', 'team/new.md', '--format', 'json'], files, runLint, { stdin: handoffDoc({ noOwner: true, status: 'opne' }) });
    assert.equal(run.code, 1);
    const problems = JSON.parse(run.stdout);
    assert.deepEqual(problems.map((p: { file: string; rule: string }) => [p.file, p.rule]), [['team/new.md', 'invalid-field']]);
    const noName = await runInMemory(['-'], files, runLint, { stdin: broken });
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /needs --stdin-filename/);
    const withFix = await runInMemory(['-', '--stdin-filename', 'a.md', '--fix'], files, runLint, { stdin: broken });
    assert.equal(withFix.code, 2);
  });

  it('colours text on a terminal, unless NO_COLOR or --no-color; --color forces them', async () => {
    const files = { 'a.md': broken };
    const ESC = '\u001b[';
    assert.ok((await runInMemory([], files, runLint, { terminal: true })).stdout.includes(`${ESC}31merror`));
    assert.ok(!(await runInMemory([], files, runLint, { terminal: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC));
    assert.ok(!(await runInMemory(['--no-color'], files, runLint, { terminal: true })).stdout.includes(ESC));
    assert.ok(!(await runInMemory([], files, runLint)).stdout.includes(ESC));
    assert.ok((await runInMemory(['--color'], files, runLint)).stdout.includes(ESC));
    assert.ok(!(await runInMemory(['--format', 'json'], files, runLint, { terminal: true })).stdout.includes(ESC));
  });

  it('shows control characters from files escaped in text, github and list output', async () => {
    const title = 'Evil \u001b]0;pwned\u0007 title \u009b31m';
    const files = { 'a\u001b[2Jb.md': handoffDoc({ noOwner: true, status: `op\u001b[31mne` }), 'b.md': handoffDoc({ title }) };
    for (const format of ['text', 'github']) {
      const out = (await runInMemory(['--format', format], files, runLint)).stdout;
      assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, format);
      assert.match(out, /\\x1b/, format);
    }
    const list = (await runInMemory(['--all'], files, runList)).stdout;
    assert.doesNotMatch(list, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.ok(list.includes('Evil \\x1b]0;pwned\\x07 title \\x9b31m'));
  });
});
