// `handoff stats` measures journeys and counts the cross-document problems (broken-link,
// follows-cycle, missing-next) exactly as `handoff lint` reports them, with and without --cache.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { runStats } from '../../../src/cli/run-stats';
import type { MergedStats } from '../../../src/cli/stats-merge';
import { NO_GIT, type HandoffMetrics } from '../../../src/core/index';
import { journeyStage } from '../../generators/journey-doc';
import { daysFromToday as day } from '../../generators/today';
import { REFERENCE_DATE } from '../../host/evergreen';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
const QUARRY = 'examples/journeys/quarry-lane-climbing/2026-10-26-lead-membership-software.md';

async function cli(argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = { cwd: toPortablePath(root), fs: new NodeFileSystem(), today: REFERENCE_DATE, version: 'test', output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) } };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}

/** Problems per rule and per severity, from `lint --format json`. */
function lintCounts(problems: readonly { rule: string; severity: string; file: string }[]) {
  const byRule: Record<string, number> = {};
  for (const p of problems) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
  const severity = (s: string) => problems.filter((p) => p.severity === s).length;
  return { byRule, errors: severity('error'), warnings: severity('warning'), infos: severity('info'), handoffs: new Set(problems.map((p) => p.file)).size };
}

function statsCounts(m: HandoffMetrics) {
  return { byRule: Object.fromEntries(m.lint.byRule.map((r) => [r.rule, r.count])), errors: m.lint.errors, warnings: m.lint.warnings, infos: m.lint.infos, handoffs: m.lint.handoffs };
}

const stage = (options: Parameters<typeof journeyStage>[0]) => journeyStage({ checklist: [true], ...options });

describe('handoff stats: journeys and cross-document problems', function () {
  this.timeout(30_000);

  it('on examples/: the problem counts equal handoff lint, and the journeys are measured', async function () {
    if (!fs.existsSync(path.join(root, 'examples', 'journeys'))) this.skip();
    const lint = await cli(['lint', 'examples', '--format', 'json']);
    const stats = await cli(['stats', 'examples', '--format', 'json', '--no-git']);
    assert.equal(stats.code, 0, stats.stderr);
    const m = JSON.parse(stats.stdout) as HandoffMetrics;
    assert.deepEqual(statsCounts(m), lintCounts(JSON.parse(lint.stdout)));
    assert.equal(m.lint.byRule.find((r) => r.rule === 'missing-next')?.count, 1);
    const j = m.journeys;
    // Aldergrove Bakery 59 d, Willow Bend Clinic 49 d, TX-40 15 d: all complete; Quarry Lane's lead was dropped.
    assert.deepEqual([j.total, j.inProgress, j.complete, j.dropped], [3, 0, 3, 0]);
    assert.deepEqual(j.list.map((r) => [r.name, r.state, r.days]), [
      ['Aldergrove Bakery', 'complete', 59],
      ['Willow Bend Clinic', 'complete', 49],
      ['Release — TX-40 pump housing, revision C', 'complete', 15],
    ]);
    assert.deepEqual(j.endToEnd, { count: 3, median: 49, p90: 57, sources: { stamp: 3, git: 0, unknown: 0 } });
    assert.equal(j.slowestStage, 'sales-to-customer-success');
    assert.deepEqual(j.droppedList.map((d) => [d.path, d.since, d.days]), [[QUARRY, '2026-11-06', 19]]);

    const text = await cli(['stats', 'examples', '--no-git']);
    assert.match(text.stdout, /\nJourneys \(3: handoffs linked by follows\)\n {2}0 in progress, 3 complete, 0 dropped\n {2}end to end \(first created → last done\): median 49 d, p90 57 d \(n = 3\)\n {2}waits longest in: sales-to-customer-success\n/);
    assert.match(text.stdout, /\nDropped handoffs \(1: the next handoff was never written\)\n {2}Lead — Quarry Lane Climbing wants membership software +marketing-to-sales +done since 2026-11-06 \(19 days\) +examples\/journeys\/quarry-lane-climbing\//);
    const md = await cli(['stats', 'examples', '--no-git', '--format', 'markdown']);
    assert.match(md.stdout, /\n### Journeys \(3\)\n\n0 in progress, 3 complete, 0 dropped\. End to end/);
    assert.match(md.stdout, /\n\| `sales-to-customer-success` \| 35 d \/ 35 d \(1\) \|\n/);
    assert.match(md.stdout, /\n### Dropped handoffs \(1\)\n\n\| Handoff \| Type \| Stage ended \| Days since \| File \|\n.*\n\| Lead — Quarry Lane Climbing wants membership software \| `marketing-to-sales` \| done since 2026-11-06 \| 19 \|/);
  });

  it('counts broken-link and follows-cycle like lint, with and without --cache, and lists a journey in progress', async () => {
    const files = {
      'lead.md': stage({ type: 'marketing-to-sales', status: 'done', title: 'Lead Acme', created: day(-20), doneAt: day(-15) }),
      'deal.md': stage({ type: 'sales-to-customer-success', status: 'open', created: day(-15), follows: './lead.md' }),
      'broken.md': stage({ follows: './gone.md' }),
      'a.md': stage({ follows: './b.md' }),
      'b.md': stage({ follows: './a.md' }),
    };
    const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${CWD}/${k}`, v])));
    const lint = await runInMemory(['lint', '--format', 'json'], fs);
    const expected = lintCounts(JSON.parse(lint.stdout));
    assert.deepEqual([expected.byRule['broken-link'], expected.byRule['follows-cycle']], [1, 2]);
    for (const argv of [['--format', 'json'], ['--format', 'json', '--cache'], ['--format', 'json', '--cache']]) {
      const run = await runInMemory(argv, fs, (a, ctx) => runStats(a, ctx, { git: NO_GIT }));
      assert.equal(run.code, 0, run.stderr);
      const m = JSON.parse(run.stdout) as HandoffMetrics;
      assert.deepEqual(statsCounts(m), expected, argv.join(' '));
      assert.deepEqual(m.journeys.list.map((r) => [r.name, r.state, r.days]), [
        ['Lead Acme', 'in-progress', 20],
        ['Board report handover', 'in-progress', null],
      ]);
    }
    const text = await runInMemory([], fs, (a, ctx) => runStats(a, ctx, { git: NO_GIT }));
    assert.match(text.stdout, /\n {2}in progress:\n {4}Lead Acme +sales-to-customer-success: open +20 d so far\n/);
  });

  it('--merge adds up the journeys of several repositories; a report without journeys counts none', async () => {
    const one = { 'lead.md': stage({ type: 'marketing-to-sales', status: 'done', created: day(-30), doneAt: day(-20) }) };
    const two = {
      'x.md': stage({ status: 'done', title: 'X', created: day(-9), doneAt: day(-8) }),
      'y.md': stage({ status: 'done', created: day(-8), doneAt: day(-2), follows: './x.md' }),
    };
    const json = async (files: Record<string, string>) => (await runInMemory(['--format', 'json'], files, (a, ctx) => runStats(a, ctx, { git: NO_GIT }))).stdout;
    const [a, b] = [await json(one), await json(two)];
    const old = JSON.parse(b) as Record<string, unknown>;
    delete old.journeys;
    const fs = new MemoryFileSystem({ [`${CWD}/a.json`]: a, [`${CWD}/b.json`]: b, [`${CWD}/old.json`]: JSON.stringify(old) });
    const run = await runInMemory(['--merge', '--format', 'json', 'a.json', 'b.json', 'old.json'], fs, runStats);
    assert.equal(run.code, 0, run.stderr);
    const j = (JSON.parse(run.stdout) as MergedStats).journeys;
    assert.deepEqual([j.total, j.complete, j.dropped], [1, 1, 0]);
    assert.deepEqual(j.droppedList.map((d) => d.path), ['work:lead.md']);
    assert.deepEqual(j.list.map((r) => [r.name, r.path]), [['X', 'work:x.md']]);
    assert.deepEqual(j.endToEnd, { count: 1, median: 7, p90: 7, sources: { stamp: 1, git: 0, unknown: 0 } });
    assert.equal(j.slowestStage, 'generic');
  });
});
