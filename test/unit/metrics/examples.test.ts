// The metrics of examples/ (today fixed in late 2026, as in test/unit/cli/examples.test.ts), from
// the core directly and from `handoff stats examples --format json`: the same numbers.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { computeMetrics, lintDocument, loadConfig, parseHandoff, summarizeHandoff, type HandoffMetrics, type MetricsEntry } from '../../../src/core/index';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
const TODAY = '2026-11-25';

/** What examples/README.md describes, measured on TODAY (see the test below for each number). */
const EXAMPLES_METRICS = {
  total: 15,
  open: 14,
  overdue: 1,
  stale: 1,
  byStatus: { draft: 1, open: 10, accepted: 2, done: 1, opne: 1 },
  byType: {
    'maintenance-request': 2,
    'marketing-to-sales': 2,
    'preconstruction-to-construction': 2,
    'sales-to-customer-success': 2,
    'sales-to-support': 2,
    'creative-to-digital-marketing': 1,
    'design-to-manufacturing': 1,
    generic: 1,
    'sales-to-custmer-success': 1,
    'vendor-onboarding': 1,
  },
  byReceiver: { 'Customer Success': 3, Construction: 2, Maintenance: 2, Sales: 2, Support: 2, 'Digital Marketing': 1, Finance: 1, 'Strategy Office': 1 },
  flow: {
    Creative: { 'Digital Marketing': 1 },
    Finance: { 'Strategy Office': 1 },
    Marketing: { Sales: 2 },
    Preconstruction: { Construction: 2 },
    Procurement: { Finance: 1 },
    'Property Management': { Maintenance: 2 },
    Sales: { 'Customer Success': 3, Support: 2 },
  },
  ageDays: { count: 14, median: 7.5, p90: 18.8 },
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
        return { path: `examples/handoffs/${f}`, summary: summarizeHandoff(doc, config, TODAY), issues: lintDocument(doc, { config, today: TODAY }) };
      });
    metrics = computeMetrics(entries, { config, today: TODAY });
  });

  it('counts 15 handoffs, 14 open (all but the done TX-40 release), 1 overdue and 1 stale (the Bluegate handover)', () => {
    assert.deepEqual(pick(metrics), EXAMPLES_METRICS);
    const bluegate = 'examples/handoffs/broken-overdue-no-tasks-wrong-order.md';
    assert.deepEqual(metrics.overdueList.map((r) => [r.path, r.daysOverdue]), [[bluegate, 314]]);
    // stale_after_days is 30 in examples/.handoff.yml: only the handoff created in January is that old.
    assert.deepEqual(metrics.staleList.map((r) => [r.path, r.ageDays]), [[bluegate, 324]]);
  });

  it('measures the rest: time to accept, checklists, frequent problems', () => {
    // Accepted: TX-40 after 3 days, Harbor Dental after 8, the broken accepted one after 14.
    assert.deepEqual([metrics.toAccepted.count, metrics.toAccepted.median, metrics.toAccepted.p90], [3, 8, 12.8]);
    assert.equal(metrics.toDone.count, 0); // no git history given
    assert.deepEqual(metrics.checklist, { handoffs: 13, complete: 1, items: 66, checked: 9, ratio: 0.14 });
    // The README's 13 planted problems, plus the Bluegate handover's `stale` warning.
    assert.deepEqual([metrics.lint.errors, metrics.lint.warnings, metrics.lint.infos, metrics.lint.handoffs], [10, 3, 1, 6]);
    assert.deepEqual(metrics.lint.byRule.slice(0, 3).map((r) => r.rule), ['invalid-field', 'missing-section', 'unchecked-items']);
  });

  it('`handoff stats examples --format json --no-git` prints exactly these metrics', async () => {
    const { code, stdout, stderr } = await stats(['examples', '--format', 'json', '--no-git']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const report = JSON.parse(stdout);
    assert.deepEqual(report, { ...JSON.parse(JSON.stringify(metrics)), gitHistory: false, repository: report.repository });
    assert.ok(typeof report.repository === 'string' && report.repository.length > 0, 'the repository, by its folder name with --no-git');
  });

  it('`handoff stats examples --format json` (with git history, where there is one) has the same required numbers', async () => {
    const { code, stdout, stderr } = await stats(['examples', '--format', 'json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(pick(JSON.parse(stdout) as HandoffMetrics), EXAMPLES_METRICS);
  });

  it('`handoff stats examples` as text and Markdown shows the same counts', async () => {
    const text = await stats(['examples']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Handoff health on 2026-11-25: 15 handoffs, 14 open, 1 closed\n {2}Overdue 1 {3}Stale 1 \(open > 30 days\)/);
    assert.match(text.stdout, /\n {2}Sales → Customer Success +█+ +3\n/);
    const md = await stats(['examples', '--format', 'markdown', '--no-git']);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^## Handoff health — 2026-11-25\n\n\| Handoffs \| Open \| Overdue \|/);
    assert.match(md.stdout, /\n\| 15 \| 14 \| 1 \| 1 \| 7\.5 d \| 18\.8 d \| 14% \|\n/);
    assert.match(md.stdout, /\n\| Sales → Customer Success \| 3 \|\n/);
    assert.match(md.stdout, /_Time to done needs git history/);
  });

  it('prints its help and rejects an unknown format', async () => {
    assert.match((await stats(['--help'])).stdout, /^Usage: handoff stats/);
    const bad = await stats(['examples', '--format', 'csv']);
    assert.deepEqual([bad.code, bad.stderr], [2, "handoff: unexpected --format 'csv', expected text, json, markdown\n"]);
  });
});
