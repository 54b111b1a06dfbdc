// `npm run bench [-- --smoke | --large | --activation-only [--size=N]] [--runs K] [--no-host]`: generates the synthetic repos,
// times every measure and prints one table (stdout; progress on stderr). Results also go to
// bench/.work/results.json. Run by bench/run.js, which builds what this needs first.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureActivation, type ActivationResult } from './activation';
import { measureCliScale } from './cli-scale-runs';
import { ensureRepo } from './generate';
import type { IndexResult } from './index-probe';
import type { KeystrokeResult } from './keystroke';
import { formatTable, type BenchResults, type SizeResult } from './table';
import { medianRun, tools, type Timed } from './tools';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const large = argv.includes('--large');
const runsArg = argv.find((a) => a.startsWith('--runs='));
const host = !argv.includes('--no-host') && (!smoke || argv.includes('--host'));

const out = __dirname; // bench/.work/out
const work = path.dirname(out);
const root = path.resolve(work, '..', '..');
const build = path.join(work, 'build');
const cli = path.join(build, 'dist', 'cli.js');
const probe = path.join(out, 'probe.js');

const loadAtStart = os.loadavg();
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

function runProbe<T>(...args: string[]): T {
  const stdout = execFileSync(process.execPath, ['--expose-gc', probe, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as T;
}

function medianOf<T>(items: T[], key: (t: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)]!;
}

function measureSize(n: number): SizeResult {
  const t0 = Date.now();
  const repo = path.join(work, `repo-${n}`);
  log(`N=${n}: generating ${path.relative(root, repo)} (skipped when already there)`);
  const stats = ensureRepo(repo, n);
  const handoffs = Object.values(stats.handoffs).reduce((a, b) => a + b, 0);
  const runs = runsArg ? Number(runsArg.slice(7)) : smoke || n > 10_000 ? 1 : n > 1000 ? 3 : 5;
  // At 100,000 files one run of the slow tools takes many minutes: no warm-up run for them there,
  // and the other linters are stopped after 20 minutes (the result is then a lower bound).
  const warmUp = n <= 10_000;
  const limit = n > 10_000 ? 20 * 60_000 : undefined;
  const t = tools({ root, work, cli });
  const cache = path.join(work, `index-cache-${n}.json`);

  log(`N=${n}: cat and find -printf floors, node -e 0, index (${runs} run(s) each)`);
  const cat = medianRun(t.cat, repo, runs);
  const find = medianRun(t.find, repo, runs);
  const node = medianRun(t.node, repo, runs);
  const colds: IndexResult[] = [];
  const warms: IndexResult[] = [];
  runProbe<IndexResult>('index', 'cold', repo, cache); // warm-up
  for (let i = 0; i < runs; i++) {
    colds.push(runProbe<IndexResult>('index', 'cold', repo, cache));
    warms.push(runProbe<IndexResult>('index', 'warm', repo, cache));
  }
  const indexCold = medianOf(colds, (r) => r.wallMs);
  const indexWarm = medianOf(warms, (r) => r.wallMs);
  if (indexCold.files !== n || indexCold.handoffs !== handoffs) {
    throw new Error(`index saw ${indexCold.files} files / ${indexCold.handoffs} handoffs, the repo has ${n} / ${handoffs}`);
  }
  const lintOk = (r: Timed) => {
    if (r.status !== 0 && r.status !== 1) throw new Error(`handoff lint failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  };
  log(`N=${n}: handoff list, handoff lint`);
  const list = medianRun(t.list, repo, runs, undefined, warmUp);
  const lint = medianRun(t.lint, repo, runs, lintOk, warmUp);
  // The CI-scale runs need a committed copy of the repo: at 100,000 files, copying and committing
  // would take minutes for targets judged at 10,000.
  const scale = n <= 10_000 ? measureCliScale(t.lint, repo, work, runs, (msg) => log(`N=${n}: ${msg}`)) : undefined;
  log(`N=${n}: markdownlint-cli2`);
  const mdl = medianRun(
    t.markdownlint,
    repo,
    runs,
    (r) => {
      const seen = Number(/Linting: (\d+) file/.exec(r.stdout + r.stderr)?.[1]);
      if (seen !== n) throw new Error(`markdownlint-cli2 linted ${seen} files, expected ${n}`);
    },
    warmUp,
    limit,
  );
  log(`N=${n}: remark-cli`);
  const remark = medianRun(
    t.remark,
    repo,
    runs,
    (r) => {
      if (r.status !== 0 && r.status !== 1) throw new Error(`remark-cli failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    },
    warmUp,
    limit,
  );
  log(`N=${n}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return {
    n,
    runs,
    catMs: cat.ms,
    findMs: find.ms,
    nodeMs: node.ms,
    follows: stats.follows,
    scale,
    indexCold,
    indexWarm,
    listMs: list.ms,
    lintMs: lint.ms,
    markdownlintMs: mdl.ms,
    remarkMs: remark.ms,
    stopped: [...(mdl.timedOut ? ['markdownlint'] : []), ...(remark.timedOut ? ['remark'] : [])],
  };
}

/** What `handoff lint` and `handoff list` find in the repo: the host's first scan must show as much. */
function cliCounts(repo: string): { open: number; problems: number } {
  const json = (command: string) => {
    const r = spawnSync(process.execPath, [cli, command, '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    return (JSON.parse(r.stdout) as unknown[]).length;
  };
  return { open: json('list'), problems: json('lint') };
}

async function activation(n: number): Promise<{ result: ActivationResult | undefined; note: string }> {
  if (!host) return { result: undefined, note: smoke ? 'skipped (smoke; --host runs it)' : 'skipped (--no-host)' };
  const runs = smoke ? 1 : 3;
  const results: ActivationResult[] = [];
  const workspace = path.join(work, `repo-${n}`);
  const expect = cliCounts(workspace);
  for (let i = 0; i < runs; i++) {
    log(`activation and first scan ${i + 1}/${runs} in code-server (workspace: repo-${n}: ${expect.open} open handoffs, ${expect.problems} problems)`);
    results.push(await measureActivation(root, build, path.join(out, 'host-probe.js'), workspace, expect));
  }
  return { result: medianOf(results, (r) => (r.loadMs ?? Infinity) + (r.activateMs ?? Infinity)), note: `N = ${n}` };
}

function machine(): string {
  const cpus = os.cpus();
  const load = loadAtStart.map((l) => l.toFixed(1)).join(' ');
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, load average at start ${load}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (argv.includes('--activation-only')) {
    // For work on activation and the first scan: those measures and the CLI's lint beside them.
    const size = Number(argv.find((a) => a.startsWith('--size='))?.slice(7) ?? 10_000);
    const repo = path.join(work, `repo-${size}`);
    ensureRepo(repo, size);
    const lint = medianRun(tools({ root, work, cli }).lint, repo, 3);
    const act = await activation(size);
    const scan = act.result?.firstScan;
    const ratio = (v: number | null | undefined) => (v == null ? null : Number((v / lint.ms).toFixed(2)));
    process.stdout.write(`${JSON.stringify({ size, cliLintMs: lint.ms, ...(act.result ?? { note: act.note }), treeVsLint: ratio(scan?.treeMs), problemsVsLint: ratio(scan?.problemsMs) })}\n`);
    return;
  }
  const sizes = smoke ? [200] : large ? [1000, 10_000, 100_000] : [1000, 10_000];
  const results: SizeResult[] = sizes.map(measureSize);
  const edits = smoke ? 3 : 50;
  log(`keystroke → diagnostics (50 KB and 1 MB handoffs, ${edits} edits each)`);
  const keystrokes = runProbe<KeystrokeResult[]>('keystroke', String(edits));
  const act = await activation(sizes[Math.min(1, sizes.length - 1)]!);
  const bench: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    smoke,
    sizes: results,
    keystrokes,
    activation: act.result,
    activationNote: act.note,
    bundleBytes: fs.statSync(path.join(build, 'dist', 'extension.js')).size,
    librariesBytes: fs.statSync(path.join(build, 'dist', 'libraries.js')).size,
  };
  fs.writeFileSync(path.join(work, smoke ? 'results-smoke.json' : 'results.json'), JSON.stringify(bench, null, 2));
  const header = smoke ? 'Handoff benchmark, SMOKE run (N = 200, one run each): checks the benchmark works; the times are not claims.' : 'Handoff benchmark';
  process.stdout.write(`\n${header}\n${bench.date} · ${bench.machine}\n\n${formatTable(bench)}\n`);
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
