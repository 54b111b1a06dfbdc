// @handoff-md/cli as a user gets it: the tarball `npm run package` wrote, installed offline into an
// empty folder, run through node_modules/.bin/handoff. Run by `npm run test:package`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Problem } from '../../src/cli/formatters/json';
import { NodeFileSystem, toPortablePath } from '../../src/cli/node-file-system';
import { runLint } from '../../src/cli/run-lint';
import { repoRoot } from '../unit/helpers/repo-root';

const root = repoRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages', 'cli', 'package.json'), 'utf8'));
const tarball = path.join(root, `handoff-md-cli-${manifest.version}.tgz`);

describe('the CLI package (@handoff-md/cli)', function () {
  this.timeout(120_000);
  let dir: string;
  let handoff: string;

  before(() => {
    assert.ok(fs.existsSync(tarball), `${path.basename(tarball)} missing: run npm run package`);
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-cli-package-')));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "a-new-user", "private": true }\n');
    // --offline: the package must need nothing from the registry.
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir, stdio: 'pipe' });
    handoff = path.join(dir, 'node_modules', '.bin', 'handoff');
    fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
  });

  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  function run(...args: string[]) {
    const result = spawnSync(handoff, args, { cwd: dir, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('is small, has no dependencies and ships only the CLI bundle and what it loads', () => {
    assert.ok(fs.statSync(tarball).size < 400 * 1024, `${fs.statSync(tarball).size} bytes packed`);
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/dist/cli.js', 'package/dist/libraries.js', 'package/package.json']);
    const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', '@handoff-md', 'cli', 'package.json'), 'utf8'));
    assert.equal(installed.dependencies, undefined);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'node_modules')).sort(), ['.bin', '.package-lock.json', '@handoff-md']);
    const cli = fs.readFileSync(path.join(dir, 'node_modules', '@handoff-md', 'cli', 'dist', 'cli.js'), 'utf8');
    assert.doesNotMatch(cli, /sourceMappingURL/, 'a production build');
  });

  it('prints its version', () => {
    assert.deepEqual(run('--version'), { code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('lint on examples/: exit 1 and exactly the problems the sources report', async () => {
    const result = run('lint', 'examples', '--format', 'json');
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr, '');
    const problems = JSON.parse(result.stdout) as Problem[];
    const bySeverity = (s: string) => problems.filter((p) => p.severity === s && p.rule !== 'overdue' && p.rule !== 'stale' && p.rule !== 'missing-next').length;
    // Date-independent: the planted errors and notes of examples/README.md.
    assert.deepEqual([bySeverity('error'), bySeverity('warning'), bySeverity('info')], [10, 1, 1]);
    assert.ok(problems.every((p) => /^examples\/(handoffs\/broken-|journeys\/quarry-lane-climbing\/)/.test(p.file)));
    // The whole list, overdue and stale included, is what the sources say for the same day.
    let expected = '';
    await runLint(['examples', '--format', 'json'], {
      cwd: toPortablePath(dir),
      fs: new NodeFileSystem(),
      version: 'source',
      output: { stdout: (t) => void (expected += t), stderr: () => undefined },
    });
    assert.deepEqual(problems, JSON.parse(expected));
  });

  it('lint --format text names the problems and the totals', () => {
    const result = run('lint', 'examples');
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^examples\/handoffs\/broken-unknown-type\.md:2:10\s+error\s+Unexpected handoff type `sales-to-custmer-success`/m);
    assert.match(result.stdout, /^✖ \d+ problems \(10 errors, /m);
  });

  it('list and stats work', () => {
    const list = run('list', 'examples', '--format', 'json');
    assert.equal(list.code, 0, list.stderr);
    const entries = JSON.parse(list.stdout) as { file: string; status: string }[];
    assert.ok(entries.length >= 10 && entries.every((e) => e.status !== 'done'), list.stdout);
    const stats = run('stats', 'examples', '--format', 'json', '--no-git');
    assert.equal(stats.code, 0, stats.stderr);
    const metrics = JSON.parse(stats.stdout) as { total: number; open: number };
    assert.deepEqual([metrics.total, metrics.open], [24, 15]); // 17 in handoffs/, 7 in journeys/ (all closed)
  });
});
