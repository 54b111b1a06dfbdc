import assert from 'node:assert/strict';
import { runStats } from '../../../src/cli/run-stats';
import { shortName, withoutCredentials, type MergedStats } from '../../../src/cli/stats-merge';
import { NO_GIT, type GitRunner } from '../../../src/core/index';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { daysFromToday } from '../../generators/today';

const doc = (from: string, to: string, extra: Parameters<typeof handoffDoc>[0] = {}) =>
  handoffDoc(extra).replace('from: Finance', `from: ${from}`).replace('to: Strategy', `to: ${to}`);

/** A git that knows only the origin remote. */
const remote = (url: string): GitRunner => ({
  run: async (args) => {
    if (args.join(' ') === 'remote get-url origin') return `${url}\n`;
    throw new Error('not this git');
  },
});

async function statsJson(files: Record<string, string>, git: GitRunner): Promise<string> {
  const run = await runInMemory(['--format', 'json'], { '.git/HEAD': 'x', ...files }, (argv, ctx) => runStats(argv, ctx, { git }));
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

describe('handoff stats: repository and --merge', () => {
  it('names the repository by its origin remote, without credentials, else by its folder', async () => {
    const one = JSON.parse(await statsJson({ 'a.md': doc('Sales', 'Support') }, remote('https://bot:ghp_secret@github.com/acme/crm.git?token=x')));
    assert.equal(one.repository, 'https://github.com/acme/crm.git');
    const none = JSON.parse(await statsJson({ 'a.md': doc('Sales', 'Support') }, NO_GIT));
    assert.equal(none.repository, 'work');
    assert.equal(withoutCredentials('ssh://git:pw@host:22/x.git'), 'ssh://host:22/x.git');
    assert.equal(withoutCredentials('git@github.com:acme/ops.git'), 'git@github.com:acme/ops.git', 'scp-like: a user name, no secret');
    assert.equal(shortName('git@github.com:acme/ops.git'), 'ops');
  });

  it('merges several repositories: counts and flow add up across repositories, one row each', async () => {
    const crm = await statsJson(
      { 'a.md': doc('Sales', 'Support'), 'b.md': doc('Sales', 'Support', { noOwner: true, due: daysFromToday(-31) }), 'c.md': doc('Sales', 'Legal', { status: 'done' }) },
      remote('https://github.com/acme/crm.git'),
    );
    const ops = await statsJson({ 'x.md': doc('Sales', 'Support', { due: daysFromToday(-12) }), 'y.md': doc('Support', 'Engineering') }, remote('git@github.com:acme/ops.git'));
    const fs = new MemoryFileSystem({ [`${CWD}/crm.json`]: crm, [`${CWD}/ops.json`]: ops });
    const json = await runInMemory(['--merge', '--format', 'json', 'crm.json', 'ops.json'], fs, runStats);
    assert.equal(json.code, 0, json.stderr);
    const m = JSON.parse(json.stdout) as MergedStats;
    assert.deepEqual([m.total, m.open, m.closed, m.overdue], [5, 4, 1, 2]);
    assert.deepEqual(m.flow, { Sales: { Support: 3 }, Support: { Engineering: 1 } }, 'Sales → Support across both repositories');
    assert.deepEqual(m.byReceiver, { Support: 3, Engineering: 1 });
    assert.equal(m.lint.errors, JSON.parse(crm).lint.errors + JSON.parse(ops).lint.errors);
    assert.ok(m.lint.errors > 0);
    assert.deepEqual(m.repositories.map((r) => [r.repository, r.total, r.open, r.overdue]), [
      ['https://github.com/acme/crm.git', 3, 2, 1],
      ['git@github.com:acme/ops.git', 2, 2, 1],
    ]);
    assert.deepEqual(m.overdueList.map((r) => r.path), ['crm:b.md', 'ops:x.md']);

    const text = await runInMemory(['--merge', 'crm.json', 'ops.json'], fs, runStats);
    assert.match(text.stdout, /5 handoffs, 4 open/);
    assert.match(text.stdout, /By repository \(2\)\n {2}Repository +Handoffs.*\n {2}https:\/\/github\.com\/acme\/crm\.git +3 +2 +1/);
    const markdown = await runInMemory(['--merge', '--format', 'markdown', 'crm.json', 'ops.json'], fs, runStats);
    assert.match(markdown.stdout, /### By repository \(2\)\n\n\| Repository \| Handoffs/);
    assert.match(markdown.stdout, /\| git@github\.com:acme\/ops\.git \| 2 \| 2 \| 1 \|/);
  });

  it('exits 2 for a file that is not a stats report, or none', async () => {
    const fs = new MemoryFileSystem({ [`${CWD}/lint.json`]: '[]', [`${CWD}/bad.json`]: '{' });
    for (const argv of [['--merge', 'lint.json'], ['--merge', 'bad.json'], ['--merge', 'missing.json'], ['--merge']]) {
      const run = await runInMemory(argv, fs, runStats);
      assert.equal(run.code, 2, argv.join(' '));
    }
  });
});
