// Git history on a real repository built in a temp folder: the two batched `git log` commands,
// their parsers, and `handoff stats` using them (or doing without, outside a repository).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { runStats } from '../../../src/cli/run-stats';
import { readHistory } from '../../../src/cli/stats-git';
import type { CliContext } from '../../../src/cli/context';
import { firstSeenArgs, NO_GIT, parseFirstSeen, parseStatusChanges, statusChangesArgs, type GitRunner, type HandoffMetrics } from '../../../src/core/index';
import { nodeGit } from '../../../src/node/git-runner';
import { hasGit } from '../helpers/git';

const git = nodeGit();

function handoff(status: string, extra: string[] = [], body = ''): string {
  return ['---', 'handoff: generic', 'title: T', `status: ${status}`, 'from: Ops', 'to: Support', ...extra, '---', '# T', '', body].join('\n');
}

const ODD = 'h/three é.md'; // a space and a non-ASCII letter: quoted or tab-suffixed by git unless handled

/** A repository with a known history; commits dated by GIT_AUTHOR_DATE / GIT_COMMITTER_DATE. */
function buildRepo(dir: string): void {
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const commit = (message: string, date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q']);
  git(['config', 'user.email', 'test@example.com']);
  git(['config', 'user.name', 'Test']);
  git(['config', 'commit.gpgsign', 'false']);
  write('h/one.md', handoff('open'));
  write('h/two.md', handoff('open', ['created: 2026-02-20']));
  write('README.md', '# Not a handoff\n');
  commit('first', '2026-03-01T10:00:00+00:00');
  write('h/two.md', handoff('accepted', ['created: 2026-02-20', 'accepted_at: 2026-03-10']));
  // A content line that starts with "++" looks like a diff header inside the hunk.
  write('h/one.md', handoff('open', [], '++ not a header\nstatus: in the body is not front-matter but still a status line\n'));
  write(ODD, handoff('draft'));
  commit('accept two, three added', '2026-03-10T23:30:00-05:00');
  write('h/two.md', handoff('done', ['created: 2026-02-20', 'accepted_at: 2026-03-10']));
  write(ODD, handoff("'open'  # quoted, with a comment"));
  commit('two done, three opened', '2026-04-05T08:00:00+02:00');
  write('h/one.md', handoff('open', ['owner: ann@example.com'], '++ not a header\n'));
  // Imported already done: the commit that adds it is no status change, so its time to done is unknown.
  write('h/five.md', handoff('done'));
  commit('an edit that leaves the status alone', '2026-04-06T12:00:00+00:00');
  // Not committed: no history.
  write('h/four.md', handoff('open'));
}

describe('metrics: git history', function () {
  this.timeout(20_000);
  let dir: string;

  before(function () {
    if (!hasGit()) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-git-'));
    buildRepo(dir);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads first-seen dates from one batched `git log --diff-filter=A`', async () => {
    const files = ['h/one.md', 'h/two.md', ODD, 'h/four.md'];
    const output = await git.run(firstSeenArgs(files), toPortablePath(dir));
    assert.ok(output !== undefined);
    assert.deepEqual(
      [...parseFirstSeen(output)].sort(),
      [['h/one.md', '2026-03-01'], [ODD, '2026-03-10'], ['h/two.md', '2026-03-01']].sort(),
    );
  });

  it('reads status changes, newest first, with the status each commit set, never the commit that added the file', async () => {
    const output = await git.run(statusChangesArgs(['h/one.md', 'h/two.md', ODD, 'h/five.md']), toPortablePath(dir));
    assert.ok(output !== undefined);
    const changes = parseStatusChanges(output);
    assert.deepEqual(changes.get('h/two.md'), [
      { date: '2026-04-05', status: 'done' },
      { date: '2026-03-10', status: 'accepted' }, // the author's local date, not UTC
    ]);
    assert.deepEqual(changes.get(ODD), [{ date: '2026-04-05', status: 'open' }]);
    // The body line is a `status:` line too; the `++` content line is not a file header.
    assert.deepEqual(changes.get('h/one.md'), [{ date: '2026-03-10', status: 'in the body is not front-matter but still a status line' }]);
    assert.equal(changes.get('h/five.md'), undefined);
  });

  it('runs in a subfolder with paths relative to it, and falls back to extension patterns for long lists', async () => {
    const sub = toPortablePath(path.join(dir, 'h'));
    const output = await git.run(firstSeenArgs(['one.md', 'two.md']), sub);
    assert.deepEqual([...parseFirstSeen(output)].sort(), [['one.md', '2026-03-01'], ['two.md', '2026-03-01']]);
    const many = Array.from({ length: 2500 }, (_, i) => `missing-${i}.md`);
    assert.deepEqual(firstSeenArgs(many, ['.md', '.markdown']).slice(-3), ['--', '*.md', '*.markdown']);
    const all = parseFirstSeen(await git.run(firstSeenArgs(many), sub));
    assert.deepEqual([...all.keys()].sort(), ['five.md', 'one.md', 'three é.md', 'two.md']);
  });

  it('keys the history by the caller’s paths, running git once per command and folder', async () => {
    const calls: string[] = [];
    const counting: GitRunner = {
      run: (args, cwd) => {
        calls.push(`${cwd} ${args.includes('-p') ? 'status' : 'added'}`);
        return git.run(args, cwd);
      },
    };
    const root = toPortablePath(dir);
    const files = ['h/one.md', 'h/two.md', ODD, 'h/four.md'].map((f) => `${root}/${f}`);
    const history = await readHistory(counting, [root], files, (f) => f.slice(root.length + 1).toUpperCase());
    assert.deepEqual(calls.sort(), [`${root} added`, `${root} status`]);
    assert.deepEqual([...history.firstSeen.keys()].sort(), ['H/ONE.MD', 'H/THREE É.MD', 'H/TWO.MD']);
    assert.equal(history.statusChanges.get('H/TWO.MD')?.[0]?.status, 'done');
  });

  it('`handoff stats` ages undated handoffs by git and times done handoffs from the commit that set the status', async () => {
    const { code, stdout, stderr } = await stats(dir, ['.', '--format', 'json'], '2026-04-10');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const m = JSON.parse(stdout) as HandoffMetrics & { gitHistory: boolean };
    assert.equal(m.gitHistory, true);
    assert.deepEqual([m.total, m.open, m.closed], [5, 3, 2]);
    // one: 2026-03-01 (40 days), three: 2026-03-10 (31 days), four: not committed (unknown).
    assert.deepEqual(m.ageSources, { created: 0, git: 2, unknown: 1 });
    assert.deepEqual(m.ageDays, { count: 2, median: 35.5, p90: 39.1 });
    assert.deepEqual(m.staleList.map((r) => [r.path, r.ageDays]), [['h/one.md', 40], [ODD, 31]]);
    // two: created 2026-02-20, accepted_at 2026-03-10 (18 days), done by the commit of 2026-04-05 (44 days).
    // five: imported done, with neither a `done_at` nor a commit that changed its status: unknown.
    assert.deepEqual([m.toAccepted.median, m.toAccepted.sources], [18, { stamp: 1, git: 0, unknown: 1 }]);
    assert.deepEqual([m.toDone.count, m.toDone.median, m.toDone.sources], [1, 44, { stamp: 0, git: 1, unknown: 1 }]);
  });

  it('skips git cleanly outside a repository, or when git fails or is not there, and runs none with --no-git', async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-nogit-'));
    try {
      fs.writeFileSync(path.join(plain, 'a.md'), handoff('done', ['created: 2026-01-01']));
      fs.writeFileSync(path.join(plain, 'b.md'), handoff('open'));
      let ran = 0;
      const counting: GitRunner = { run: (args, cwd) => (ran++, git.run(args, cwd)) };
      const failing: GitRunner = { run: () => Promise.reject(new Error('exit 128')) };
      for (const [where, argv, runner] of [
        [plain, ['.', '--format', 'json'], undefined],
        [dir, ['.', '--format', 'json'], failing],
        [dir, ['.', '--format', 'json'], NO_GIT],
        [dir, ['.', '--format', 'json', '--no-git'], counting],
      ] as const) {
        const { code, stdout, stderr } = await stats(where, argv, '2026-04-10', runner);
        assert.equal(code, 0, stderr);
        assert.equal(stderr, '');
        const m = JSON.parse(stdout) as HandoffMetrics & { gitHistory: boolean };
        assert.equal(m.gitHistory, false);
        assert.equal(m.ageSources.git, 0);
        assert.equal(m.toDone.count, 0);
      }
      assert.equal(ran, 0, '--no-git ran git');
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});

async function stats(cwd: string, argv: readonly string[], today: string, git?: GitRunner) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: toPortablePath(cwd),
    fs: new NodeFileSystem(),
    today,
    version: 'test',
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  };
  const code = await runStats(argv, ctx, git ? { git } : {});
  return { code, stdout, stderr };
}
