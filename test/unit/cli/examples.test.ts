// The CLI on the real examples/ folder: exactly the problems its README plants, and its open handoffs.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import type { Problem } from '../../../src/cli/formatters/json';
import { runLint } from '../../../src/cli/run-lint';
import { runList, type ListEntry } from '../../../src/cli/run-list';
import { runMergeReports } from '../../../src/cli/run-merge-reports';
import type { CliContext } from '../../../src/cli/context';
import { REFERENCE_DATE } from '../../host/evergreen';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
/** The dropped journey of examples/README.md: won, but the onboarding handoff was never written. */
const DROPPED = 'examples/journeys/quarry-lane-climbing/2026-10-26-lead-membership-software.md';

async function run(command: typeof runLint, argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: toPortablePath(root),
    fs: new NodeFileSystem(),
    today: REFERENCE_DATE, // examples/ is written for it (examples/README.md)
    version: 'test',
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  };
  return { code: await command(argv, ctx), stdout, stderr };
}

describe('the CLI on examples/', function () {
  before(function () {
    if (!fs.existsSync(path.join(root, 'examples', 'handoffs'))) this.skip();
  });

  it('lint reports the planted problems (README totals) and exits 1', async () => {
    const result = await run(runLint, ['examples', '--format', 'json']);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const problems = JSON.parse(result.stdout) as Problem[];
    const count = (key: (p: Problem) => string) =>
      Object.fromEntries([...new Set(problems.map(key))].sort().map((k) => [k, problems.filter((p) => key(p) === k).length]));
    // With lifecycle phases the cancelled lead and the long-accepted rollout are clean: 15 in 7 files,
    // the dropped journey's missing-next included (examples/README.md).
    assert.deepEqual(count((p) => p.severity), { error: 10, info: 1, warning: 4 });
    assert.deepEqual(count((p) => p.rule), {
      'empty-section': 1,
      'invalid-field': 2,
      'missing-checklist': 1,
      'missing-field': 1,
      'missing-next': 1,
      'missing-section': 2,
      overdue: 1,
      'section-order': 1,
      stale: 1,
      'unchecked-items': 2,
      'unknown-type': 1,
      'yaml-syntax': 1,
    });
    assert.ok(problems.every((p) => p.file.startsWith('examples/handoffs/broken-') || p.file === DROPPED), 'only broken-* files and the dropped journey have problems');
    assert.deepEqual(problems.filter((p) => p.file === DROPPED).map((p) => [p.line, p.rule]), [[4, 'missing-next']]);
  });

  it('list shows every handoff that is not closed', async () => {
    const result = await run(runList, ['examples', '--format', 'json']);
    assert.equal(result.code, 0);
    const entries = JSON.parse(result.stdout) as ListEntry[];
    assert.ok(entries.length > 0);
    assert.ok(entries.every((e) => e.status !== 'done' && e.status !== 'cancelled'));
    assert.ok(!entries.some((e) => e.file.includes('notes/')), 'ordinary notes are not handoffs');
  });
});

describe('the CLI on examples/, sharded', () => {
  it('three shards merged give the unsharded report: the cross-document rules see every shard\'s handoffs', async () => {
    const whole = await run(runLint, ['examples', '--format', 'json']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-shards-'));
    try {
      const files: string[] = [];
      for (const i of [1, 2, 3]) {
        const shard = await run(runLint, ['examples', '--format', 'json', '--shard', `${i}/3`]);
        files.push(toPortablePath(path.join(dir, `shard-${i}.json`)));
        fs.writeFileSync(files.at(-1)!, shard.stdout);
      }
      const merged = await run(runMergeReports, files);
      assert.equal(merged.stdout, whole.stdout);
      // TX-40's follower lives in journeys/: no shard may call it dropped.
      assert.deepEqual((JSON.parse(merged.stdout) as Problem[]).filter((p) => p.rule === 'missing-next').map((p) => p.file), [DROPPED]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
