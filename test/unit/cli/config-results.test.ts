// Config problems are lint results: errors of the config file, rule `config`, in every format,
// with the rest of the repository still linted and exit code 1 (2 is for usage and internal errors).
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/cli';
import type { Problem } from '../../../src/cli/formatters/json';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

const TYPO_AND_BAD_VALUE = 'types:\n  mine:\n    required_feilds: [title]\n    sections: []\nstale_after_days: three weeks\n';
const MINE = '---\nhandoff: mine\ntitle: Mine\n---\n# Mine\n';

function lint(argv: readonly string[], files: Record<string, string | Uint8Array> | MemoryFileSystem) {
  return runInMemory(['lint', ...argv], files, runCli);
}

describe('config problems as lint results', () => {
  const files = { '.handoff.yml': TYPO_AND_BAD_VALUE, 'h/mine.md': MINE, 'h/broken.md': handoffDoc({ noOwner: true }) };

  it('json: positioned errors of the config file, rule config, and the rest still linted', async () => {
    const run = await lint(['--format', 'json'], files);
    assert.deepEqual([run.code, run.stderr], [1, '']);
    const problems = JSON.parse(run.stdout) as Problem[];
    assert.deepEqual(
      problems.filter((p) => p.rule === 'config').map((p) => [p.file, p.line, p.column, p.severity, p.message]),
      [
        ['.handoff.yml', 3, 5, 'error', 'Unknown key `required_feilds` in type `mine`; did you mean `required_fields`?'],
        ['.handoff.yml', 5, 19, 'error', 'Expected `stale_after_days` to be a whole number of days from 0 to 36500'],
      ],
    );
    // The valid rest applies: `mine` is a known type (its required fields fell back to the default).
    assert.ok(problems.some((p) => p.file === 'h/mine.md' && p.rule === 'missing-field'));
    assert.ok(!problems.some((p) => p.rule === 'unknown-type'));
    assert.ok(problems.some((p) => p.file === 'h/broken.md' && p.rule === 'missing-field'));
  });

  it('text, github and sarif carry the same config problems', async () => {
    const text = await lint([], files);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^\.handoff\.yml:3:5 +error +Unknown key `required_feilds` in type `mine`; did you mean `required_fields`\? +config$/m);
    const github = await lint(['--format', 'github'], files);
    assert.equal(github.code, 1);
    assert.match(github.stdout, /^::error file=\.handoff\.yml,line=5,col=19,[^:]*::Expected `stale_after_days`/m);
    const sarif = await lint(['--format', 'sarif'], files);
    assert.equal(sarif.code, 1);
    const run = JSON.parse(sarif.stdout).runs[0];
    const results = run.results.filter((r: { ruleId: string }) => r.ruleId === 'config');
    assert.equal(results.length, 2);
    for (const result of results) {
      assert.equal(result.level, 'error');
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'config');
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, '.handoff.yml');
    }
  });

  it('a config that is all wrong still gives valid SARIF, exit 1', async () => {
    const run = await lint(['--format', 'sarif'], { '.handoff.yml': 'rules: [\n', 'h/a.md': handoffDoc() });
    assert.equal(run.code, 1);
    assert.ok(JSON.parse(run.stdout).runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'config'));
  });

  it('sla_days: 100000000 is a positioned problem, not an internal error, in lint, list and stats', async () => {
    const config = { '.handoff.yml': 'types:\n  generic:\n    sla_days: 100000000\n', 'h/a.md': handoffDoc({ due: '' }) };
    const run = await lint(['--format', 'json'], config);
    assert.equal(run.code, 1, run.stderr);
    const problem = (JSON.parse(run.stdout) as Problem[]).find((p) => p.rule === 'config')!;
    assert.deepEqual([problem.line, problem.column], [3, 15]);
    for (const command of ['list', 'stats']) {
      const other = await runInMemory([command], config, runCli);
      assert.equal(other.code, 0, other.stderr);
      assert.match(other.stderr, /^\.handoff\.yml:3:15 error Expected `types\.generic\.sla_days` to be a whole number of days from 0 to 36500 \(config\)\n$/);
    }
  });

  it('a config nested 5,000 deep is a clear problem, exit 1', async function () {
    this.timeout(20_000); // hang detection only: milliseconds on an idle machine
    const run = await lint(['--format', 'json'], { '.handoff.yml': `types: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'h/a.md': handoffDoc() });
    assert.equal(run.code, 1, run.stderr);
    assert.ok((JSON.parse(run.stdout) as Problem[]).some((p) => p.rule === 'config' && /nested too deeply/.test(p.message)));
  });

  it('an unreadable config is a problem of that file, not the end of the run', async () => {
    const fs = new MemoryFileSystem({ [`${CWD}/team/.handoff.yml`]: 'folder: x\n', [`${CWD}/team/a.md`]: handoffDoc({ noOwner: true }), [`${CWD}/b.md`]: handoffDoc({ noOwner: true }) });
    fs.fail('readFile', `${CWD}/team/.handoff.yml`, 'EACCES');
    const run = await lint(['--format', 'json'], fs);
    assert.equal(run.code, 1, run.stderr);
    const problems = JSON.parse(run.stdout) as Problem[];
    assert.deepEqual(
      problems.filter((p) => p.rule === 'config').map((p) => [p.file, p.line, p.message]),
      [['team/.handoff.yml', 1, 'Cannot read the config: permission denied; the defaults apply']],
    );
    assert.deepEqual([...new Set(problems.filter((p) => p.rule !== 'config').map((p) => p.file))].sort(), ['b.md', 'team/a.md']);
  });

  it('reports the problems of a --config file under its own path', async () => {
    const run = await lint(['--format', 'json', '--config', 'ci/handoff.yml'], { 'ci/handoff.yml': 'colour: blue\n', 'h/a.md': handoffDoc() });
    assert.equal(run.code, 1);
    assert.deepEqual(
      (JSON.parse(run.stdout) as Problem[]).map((p) => [p.file, p.rule, p.message]),
      [['ci/handoff.yml', 'config', 'Unknown config key `colour`, expected one of `folder`, `statuses`, `types`, `rules`, `stale_after_days`, `exclude`, `timezone`']],
    );
  });
});

describe('exclude: in .handoff.yml', () => {
  const files = {
    'team/.handoff.yml': 'exclude: [drafts/**]\n',
    'team/drafts/a.md': handoffDoc({ noOwner: true, title: 'Draft' }),
    'team/h/b.md': handoffDoc({ noOwner: true, title: 'Kept' }),
    'drafts/c.md': handoffDoc({ noOwner: true, title: 'Other team' }),
  };

  it('leaves matching files out of lint, list and stats, relative to the config folder', async () => {
    const run = await lint(['--format', 'json'], files);
    assert.deepEqual([...new Set((JSON.parse(run.stdout) as Problem[]).map((p) => p.file))].sort(), ['drafts/c.md', 'team/h/b.md']);
    const list = await runInMemory(['list', '--format', 'json'], files, runCli);
    assert.deepEqual((JSON.parse(list.stdout) as { title: string }[]).map((e) => e.title).sort(), ['Kept', 'Other team']);
    const stats = await runInMemory(['stats', '--format', 'json', '--no-git'], files, runCli);
    assert.equal(JSON.parse(stats.stdout).total, 2);
  });
});
