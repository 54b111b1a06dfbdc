// The metrics of examples/ on its reference date (as in test/unit/cli/examples.test.ts), from
// the core directly and from `handoff stats examples/handoffs --format json`: the same numbers
// (examples/journeys/ holds closed journeys, tested in test/unit/cli/journeys.test.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { computeMetrics, journeyFacts, lintDocument, lintWorkspace, loadConfig, parseHandoff, summarizeHandoff, type HandoffMetrics, type MetricsEntry } from '../../../src/core/index';
import { REFERENCE_DATE } from '../../host/evergreen';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
const TODAY = REFERENCE_DATE;

/** What examples/README.md describes, measured on TODAY (see the test below for each number). */
const EXAMPLES_METRICS = {
  total: 17,
  open: 15,
  overdue: 1,
  stale: 1, // the accepted warehouse rollout is owned, not waiting: never stale
  byStatus: { draft: 1, open: 10, accepted: 3, done: 1, cancelled: 1, opne: 1 },
  byType: {
    'marketing-to-sales': 3,
    generic: 2,
    'maintenance-request': 2,
    'preconstruction-to-construction': 2,
    'sales-to-customer-success': 2,
    'sales-to-support': 2,
    'creative-to-digital-marketing': 1,
    'design-to-manufacturing': 1,
    'sales-to-custmer-success': 1,
    'vendor-onboarding': 1,
  },
  byReceiver: { 'Customer Success': 3, Construction: 2, Maintenance: 2, Sales: 2, Support: 2, 'Digital Marketing': 1, Finance: 1, 'Strategy Office': 1, 'Warehouse Operations': 1 },
  flow: {
    Creative: { 'Digital Marketing': 1 },
    Finance: { 'Strategy Office': 1 },
    'IT Projects': { 'Warehouse Operations': 1 },
    Marketing: { Sales: 2 },
    Preconstruction: { Construction: 2 },
    Procurement: { Finance: 1 },
    'Property Management': { Maintenance: 2 },
    Sales: { 'Customer Success': 3, Support: 2 },
  },
  ageDays: { count: 15, median: 8, p90: 38.6 },
};

const REQUIRED = Object.keys(EXAMPLES_METRICS) as (keyof typeof EXAMPLES_METRICS)[];

function pick(m: Partial<HandoffMetrics>): Record<string, unknown> {
  return Object.fromEntries(REQUIRED.map((k) => [k, m[k]]));
}

async function stats(argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: toPortablePath(root),
    fs: new NodeFileSystem(),
    today: TODAY,
    version: 'test',
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  };
  const code = await runCli(['stats', ...argv], ctx);
  return { code, stdout, stderr };
}

describe('metrics of examples/', function () {
  this.timeout(20_000);
  let metrics: HandoffMetrics;

  before(function () {
    const folder = path.join(root, 'examples', 'handoffs');
    if (!fs.existsSync(folder)) this.skip();
    const { config } = loadConfig(fs.readFileSync(path.join(root, 'examples', '.handoff.yml'), 'utf8'));
    const entries: MetricsEntry[] = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => {
        const doc = parseHandoff(fs.readFileSync(path.join(folder, f), 'utf8'));
        const options = { config, today: TODAY };
        return { path: `examples/handoffs/${f}`, summary: summarizeHandoff(doc, config, TODAY), issues: lintDocument(doc, options), journey: journeyFacts(doc, `/examples/handoffs/${f}`, options) };
      });
    // The cross-document problems join each file's own, as `handoff lint examples/handoffs` reports them.
    const cross = lintWorkspace(entries.flatMap((e) => (e.journey ? [e.journey] : [])), { targets: new Map(), today: TODAY });
    const withCross = entries.map((e) => ({ ...e, issues: [...(e.issues ?? []), ...(cross.get(e.journey?.file ?? '') ?? [])] }));
    metrics = computeMetrics(withCross, { config, today: TODAY });
  });

  it('counts 17 handoffs, 15 open (all but the done TX-40 release and the cancelled Alder & Pine lead), 1 overdue and 1 stale', () => {
    assert.deepEqual(pick(metrics), EXAMPLES_METRICS);
    const bluegate = 'examples/handoffs/broken-overdue-no-tasks-wrong-order.md';
    assert.deepEqual(metrics.overdueList.map((r) => [r.path, r.daysOverdue]), [[bluegate, 314]]);
    // stale_after_days is 30 in examples/.handoff.yml: the handoff created in January; the warehouse
    // rollout, accepted in October, is as old but owned by its receiver, so not stale.
    assert.deepEqual(metrics.staleList.map((r) => [r.path, r.ageDays]), [[bluegate, 324]]);
  });

  it('measures the rest: time to accept, checklists, frequent problems', () => {
    // Accepted: TX-40 after 3 days, the warehouse rollout after 4, Harbor Dental after 8, the broken accepted one after 14.
    assert.deepEqual([metrics.toAccepted.count, metrics.toAccepted.median, metrics.toAccepted.p90], [4, 6, 12.2]);
    assert.equal(metrics.toDone.count, 0); // no git history given
    assert.deepEqual(metrics.checklist, { handoffs: 14, complete: 2, items: 70, checked: 13, ratio: 0.19 });
    // The README's 14 planted problems, in the 6 broken-* files, and, as `handoff lint examples/handoffs`
    // says, a missing-next on the done TX-40 release: its follower is in examples/journeys, not measured here.
    assert.deepEqual([metrics.lint.errors, metrics.lint.warnings, metrics.lint.infos, metrics.lint.handoffs], [10, 4, 1, 7]);
    assert.deepEqual(metrics.journeys.droppedList.map((d) => d.path), ['examples/handoffs/2026-11-03-tx40-pump-housing-rev-c.md']);
    assert.deepEqual(metrics.lint.byRule.slice(0, 4).map((r) => r.rule), ['invalid-field', 'missing-section', 'unchecked-items', 'empty-section']);
  });

  it('`handoff stats examples --format json --no-git` prints exactly these metrics', async () => {
    const { code, stdout, stderr } = await stats(['examples/handoffs', '--format', 'json', '--no-git']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const report = JSON.parse(stdout);
    assert.deepEqual(report, { ...JSON.parse(JSON.stringify(metrics)), gitHistory: false, repository: report.repository });
    assert.ok(typeof report.repository === 'string' && report.repository.length > 0, 'the repository, by its folder name with --no-git');
  });

  it('`handoff stats examples --format json` (with git history, where there is one) has the same required numbers', async () => {
    const { code, stdout, stderr } = await stats(['examples/handoffs', '--format', 'json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(pick(JSON.parse(stdout) as HandoffMetrics), EXAMPLES_METRICS);
  });

  it('`handoff stats examples` as text and Markdown shows the same counts', async () => {
    const text = await stats(['examples/handoffs']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Handoff health on 2026-11-25: 17 handoffs, 15 open, 2 closed\n {2}Overdue 1 {3}Stale 1 \(waiting > 30 days\)/);
    assert.match(text.stdout, /\n {2}Sales → Customer Success +█+ +3\n/);
    const md = await stats(['examples/handoffs', '--format', 'markdown', '--no-git']);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^## Handoff health — 2026-11-25\n\n\| Handoffs \| Open \| Overdue \|/);
    assert.match(md.stdout, /\n\| 17 \| 15 \| 1 \| 1 \| 8 d \| 38\.6 d \| 19% \|\n/);
    assert.match(md.stdout, /\n\| Sales → Customer Success \| 3 \|\n/);
    assert.match(md.stdout, /_Without git history: times come from the `accepted_at` and `done_at` stamps only\._/);
  });

  it('prints its help and rejects an unknown format', async () => {
    assert.match((await stats(['--help'])).stdout, /^Usage: handoff stats/);
    const bad = await stats(['examples/handoffs', '--format', 'csv']);
    assert.deepEqual([bad.code, bad.stderr], [2, "handoff: unexpected --format 'csv', expected text, json, markdown\n"]);
  });
});
