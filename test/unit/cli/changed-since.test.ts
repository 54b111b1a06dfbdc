// `handoff lint --changed-since` on a real repository in a temp folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { handoffDoc, TODAY } from '../helpers/handoff-fixtures';
import { hasGit } from '../helpers/git';

describe('handoff lint --changed-since', function () {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } }).toString();
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const broken = (title: string) => handoffDoc({ noOwner: true, title });
  const following = (title: string, target: string) => broken(title).replace('status: open', `status: open\nfollows: ${target}`);

  async function lint(argv: readonly string[], cwd = dir) {
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = {
      cwd: toPortablePath(cwd),
      fs: new NodeFileSystem(),
      today: TODAY,
      version: '1.2.3',
      env: {},
      output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    };
    const code = await runCli(['lint', '--format', 'json', ...argv], ctx);
    const problems = code === 2 ? [] : (JSON.parse(stdout) as { file: string; rule: string }[]);
    return { code, stdout, stderr, problems, files: [...new Set(problems.map((p) => p.file))].sort() };
  }

  before(function () {
    if (!hasGit()) this.skip();
  });

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-changed-')));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    for (const f of ['a/same.md', 'a/modified.md', 'a/renamed.md', 'a/deleted.md', 'team/governed.md', 'team/sub/governed-too.md', 'other/untouched.md']) write(f, broken(f));
    write('team/.handoff.yml', 'stale_after_days: 10\n');
    write('j/target.md', broken('target'));
    write('j/follower.md', following('follower', './target.md'));
    write('j/unrelated.md', broken('unrelated').replace('None so far.', 'Not linked: target.md is only named here.'));
    write('k/far.md', following('far', '../j/follower.md'));
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints the modified, added, renamed and untracked files, not the unchanged or deleted ones', async () => {
    write('a/modified.md', broken('changed'));
    write('a/added.md', broken('added'));
    git('mv', 'a/renamed.md', 'a/new-name.md');
    git('rm', '-q', 'a/deleted.md');
    git('add', '-A');
    git('commit', '-q', '-m', 'feature work');
    write('a/uncommitted.md', broken('uncommitted'));
    git('add', 'a/uncommitted.md');
    write('a/untracked.md', broken('untracked'));
    write('a/same.md', broken('a/same.md')); // rewritten with the same bytes: no change
    const run = await lint(['--changed-since', 'main']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    assert.deepEqual(run.files, ['a/added.md', 'a/modified.md', 'a/new-name.md', 'a/uncommitted.md', 'a/untracked.md']);
  });

  it('compares with the merge-base: commits on REF after the branch point do not count', async () => {
    write('a/modified.md', broken('on feature'));
    git('commit', '-q', '-am', 'feature');
    git('checkout', '-q', 'main');
    write('other/untouched.md', broken('changed on main'));
    git('commit', '-q', '-am', 'main moves on');
    git('checkout', '-q', 'feature');
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['a/modified.md']);
  });

  it('lints every handoff governed by a changed .handoff.yml, and nothing when nothing changed', async () => {
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, []);
    write('team/.handoff.yml', 'stale_after_days: 20\n');
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['team/governed.md', 'team/sub/governed-too.md']);
    write('team/sub/.handoff.yml', 'stale_after_days: 5\n'); // now governs sub/, untracked
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['team/governed.md', 'team/sub/governed-too.md']);
    git('add', '-A');
    git('commit', '-q', '-m', 'configs');
    write('team/.handoff.yml', 'stale_after_days: 30\n');
    git('checkout', '-q', 'main', '--', 'team/.handoff.yml');
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['team/sub/governed-too.md'], 'only sub/.handoff.yml differs from main');
  });

  it('honours the path arguments', async () => {
    write('a/modified.md', broken('changed'));
    write('other/untouched.md', broken('changed'));
    assert.deepEqual((await lint(['--changed-since', 'main', 'a'])).files, ['a/modified.md']);
    assert.deepEqual((await lint(['--changed-since', 'main', '.', '!other'])).files, ['a/modified.md']);
  });

  it('lints the handoffs linked to a changed one, one step: what it follows and what follows it', async () => {
    write('j/target.md', broken('target, changed'));
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['j/follower.md', 'j/target.md']);
    git('checkout', '-q', '--', 'j/target.md');
    write('k/far.md', following('far, changed', '../j/follower.md'));
    assert.deepEqual((await lint(['--changed-since', 'main'])).files, ['j/follower.md', 'k/far.md']);
    assert.deepEqual((await lint(['--changed-since', 'main', 'k'])).files, ['k/far.md'], 'linked files outside the path arguments are not linted');
  });

  it('finds followers that link by a percent-encoded or bracketed name', async () => {
    write('j/with space.md', broken('spaced'));
    write('j/encoded.md', following('encoded', './with%20space.md'));
    write('j/bracketed.md', following('bracketed', '<with space.md>'));
    git('add', '-A');
    git('commit', '-q', '-m', 'spaced');
    write('j/with space.md', broken('spaced, changed'));
    assert.deepEqual((await lint(['--changed-since', 'HEAD'])).files, ['j/bracketed.md', 'j/encoded.md', 'j/with space.md']);
  });

  it("lints a deleted or renamed handoff's followers, so their broken link shows", async () => {
    git('rm', '-q', 'j/target.md');
    const deleted = await lint(['--changed-since', 'main']);
    assert.deepEqual(deleted.files, ['j/follower.md']);
    assert.ok(deleted.problems.some((p) => p.file === 'j/follower.md' && p.rule === 'broken-link'));
    git('reset', '-q', '--hard');
    git('mv', 'j/target.md', 'j/moved.md');
    git('commit', '-q', '-m', 'rename');
    const renamed = await lint(['--changed-since', 'main']);
    assert.deepEqual(renamed.files, ['j/follower.md', 'j/moved.md']);
    assert.ok(renamed.problems.some((p) => p.file === 'j/follower.md' && p.rule === 'broken-link'));
  });

  it('leaves out what a full run leaves out: .gitignore (tracked files too), .git/info/exclude, exclude:, node_modules', async () => {
    write('.gitignore', 'a/modified.md\nbuild/\n');
    write('other/.handoff.yml', 'exclude: [skipped.md]\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'ignore some');
    write('a/modified.md', broken('changed, but ignored'));
    write('build/out.md', broken('ignored folder'));
    write('a/local.md', broken('ignored by info/exclude'));
    fs.appendFileSync(path.join(dir, '.git/info/exclude'), 'a/local.md\n');
    write('other/skipped.md', broken('excluded by the config'));
    write('node_modules/pkg/readme.md', broken('a dependency'));
    write('a/added.md', broken('linted'));
    const changed = await lint(['--changed-since', 'HEAD']); // the configs above are committed: no change
    assert.deepEqual(changed.files, ['a/added.md']);
    const full = await lint([]);
    for (const file of ['a/modified.md', 'build/out.md', 'a/local.md', 'other/skipped.md', 'node_modules/pkg/readme.md']) {
      assert.ok(!full.files.includes(file), `a full run leaves out ${file} too`);
    }
  });

  it('exits 2 with a clear message for an unknown REF or outside a repository', async () => {
    const unknown = await lint(['--changed-since', 'no-such-branch']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown git revision 'no-such-branch'/);
    const option = await lint(['--changed-since', '--output=/tmp/x']);
    assert.equal(option.code, 2);
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-nogit-')));
    try {
      const run = await lint(['--changed-since', 'main'], outside);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /needs a git repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
