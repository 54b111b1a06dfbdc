// The GitHub Action's entry, run as the runner runs it: `node dist/action/index.js` with INPUT_*,
// GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT set, on a copy of examples/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REFERENCE_DATE } from '../../host/evergreen';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
const NORTHWIND = 'examples/handoffs/2026-11-16-northwind-logistics-onboarding.md';

describe('the GitHub Action', function () {
  this.timeout(60_000);
  let dir: string;
  let entry: string;

  before(function () {
    if (!fs.existsSync(path.join(root, 'examples', 'handoffs'))) this.skip();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-action-')));
    // The entry is built here from the sources under test, as esbuild.js --production builds it.
    const esbuild = require(path.join(root, 'node_modules', 'esbuild')) as typeof import('esbuild');
    entry = path.join(dir, 'action', 'index.js');
    esbuild.buildSync({
      entryPoints: [path.join(root, 'src/action/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: entry,
      define: { ACTION_VERSION: '"0.0.0-test"' },
      logLevel: 'silent',
    });
  });

  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs the action in a fresh workspace holding a copy of examples/. */
  function runAction(inputs: Record<string, string>) {
    const workspace = fs.mkdtempSync(path.join(dir, 'workspace-'));
    fs.cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
    const summary = path.join(dir, `${path.basename(workspace)}-summary.md`);
    const output = path.join(dir, `${path.basename(workspace)}-output.txt`);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
    // The runner turns each input name into INPUT_<NAME>, upper-cased, dashes kept.
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const run = spawnSync(process.execPath, [entry], { cwd: dir, env, encoding: 'utf8' });
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
    return { code: run.status, stdout: run.stdout, stderr: run.stderr, workspace, summary: read(summary), output: read(output) };
  }

  it('annotates every problem on examples/, writes SARIF and a job summary, and fails on errors', () => {
    const run = runAction({ paths: 'examples', today: REFERENCE_DATE, 'sarif-file': 'reports/handoff.sarif' });
    assert.equal(run.code, 1, run.stderr);
    const annotations = run.stdout.split('\n').filter((l) => / file=/.test(l));
    const count = (kind: string) => annotations.filter((l) => l.startsWith(`::${kind} `)).length;
    assert.deepEqual({ error: count('error'), warning: count('warning'), notice: count('notice') }, { error: 12, warning: 4, notice: 1 }); // until lifecycle phases (#16.1): +2 unchecked-items on the cancelled lead, +1 stale on the old accepted rollout
    assert.ok(
      annotations.includes(
        '::error file=examples/handoffs/broken-unknown-type.md,line=2,col=10,endLine=2,endColumn=34,title=unknown-type::Unexpected handoff type `sales-to-custmer-success`, expected `sales-to-customer-success`',
      ),
      run.stdout,
    );
    assert.match(run.stdout, /^::error title=handoff::12 errors and 4 warnings in handoffs \(fail-on: error\)$/m);
    assert.equal(run.output, 'errors=12\nwarnings=4\n');

    const sarif = JSON.parse(fs.readFileSync(path.join(run.workspace, 'reports', 'handoff.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, 17);
    assert.ok(sarif.runs[0].results.every((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      /\/(broken-|2026-10-05-warehouse|2026-11-02-alder)/.test(r.locations[0]!.physicalLocation.artifactLocation.uri)));

    const summary = run.summary ?? '';
    assert.match(summary, /^## Handoff lint\n\n12 errors, 4 warnings and 1 info in 8 files\.\n/);
    assert.match(summary, /^\| `unchecked-items` \| error \| 4 \|$/m);
    assert.match(summary, new RegExp(`^## Handoff health — ${REFERENCE_DATE}$`, 'm'));
    // The health table: 17 handoffs, 15 open, 1 overdue, 2 stale; then the load per receiving team.
    assert.match(summary, /^\| 17 \| 15 \| 1 \| 2 \|/m);
    assert.match(summary, /^### Open handoffs by receiving team$/m);
    assert.match(summary, /^\| Customer Success \| 3 \|$/m);
  });

  it('fails per fail-on: errors always, warnings only with fail-on: warning, never with never', () => {
    const onExamples = (failOn: string) => runAction({ paths: 'examples', today: REFERENCE_DATE, 'fail-on': failOn }).code;
    assert.deepEqual(['error', 'warning', 'never'].map(onExamples), [1, 1, 0]);

    // One open handoff past its due date and stale: two warnings, no error.
    const warningsOnly = (failOn: string) => runAction({ paths: NORTHWIND, today: '2027-01-20', 'fail-on': failOn });
    const lenient = warningsOnly('error');
    assert.equal(lenient.code, 0, lenient.stdout + lenient.stderr);
    assert.equal(lenient.output, 'errors=0\nwarnings=2\n');
    assert.deepEqual(lenient.stdout.split('\n').filter(Boolean).map((l) => l.match(/title=([\w-]+)/)?.[1]), ['stale', 'overdue']);
    assert.equal(warningsOnly('warning').code, 1);
    assert.equal(warningsOnly('never').code, 0);
  });

  it('shows another format in the log on request, without annotations', () => {
    const run = runAction({ paths: NORTHWIND, today: '2027-01-20', format: 'json' });
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout).map((p: { rule: string }) => p.rule), ['stale', 'overdue']);
  });

  it('rejects a bad input with one annotation and exit code 2, before linting', () => {
    const bad: Record<string, string>[] = [{ 'fail-on': 'sometimes' }, { format: 'xml' }, { today: '25.11.2026' }];
    for (const inputs of bad) {
      const run = runAction({ paths: 'examples', ...inputs });
      assert.equal(run.code, 2, JSON.stringify(inputs));
      assert.match(run.stdout, /^::error title=handoff::(fail-on|format|today): expected .*\n$/);
      assert.equal(run.summary, undefined);
    }
  });

  it('reports a path that does not exist as a usage error (exit 2)', () => {
    const run = runAction({ paths: 'nowhere' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no such file or folder: nowhere/);
  });
});
