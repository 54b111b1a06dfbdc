// `node bench/scale.js` (bundled by esbuild, see the header of docs/PERFORMANCE.md#cli-at-scale):
// the CI-scale flags of `handoff lint` on a generated repository, side by side in one run, each the
// median of RUNS runs of the production CLI (dist/cli.js), wall clock and the process's own CPU
// time (user + system, far less sensitive to a busy machine): an uncached lint, a warm
// --cache run, --cache with one file changed, --changed-since with one file changed, and the
// floors `node -e 0` and a `find -printf` walk of the same tree.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateRepo } from './generate';

const N = Number(process.env.SCALE_FILES) || 1000;
const RUNS = Number(process.env.SCALE_RUNS) || 7;
const cli = path.resolve(process.argv[2] ?? 'dist/cli.js');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-scale-')));
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' } });

/** Prints the process's CPU time on exit; loaded into every timed node process with -r. */
const cpuProbe = path.join(dir, '..', `${path.basename(dir)}-cpu.js`);
fs.writeFileSync(cpuProbe, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nCPU_MS ${(u.user + u.system) / 1000}\\n`); });\n");

interface Timing {
  readonly wall: number;
  /** Undefined for commands other than node. */
  readonly cpu: number | undefined;
}

function time(command: string, args: readonly string[], before?: (i: number) => void): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  const isNode = command === process.execPath;
  for (let i = 0; i < RUNS; i++) {
    before?.(i);
    const start = process.hrtime.bigint();
    const r = spawnSync(command, isNode ? ['-r', cpuProbe, ...args] : args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    const cpu = /CPU_MS ([\d.]+)\s*$/.exec(r.stderr.toString());
    if (cpu) cpus.push(Number(cpu[1]));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(walls), cpu: cpus.length ? median(cpus) : undefined };
}

try {
  const stats = generateRepo(dir, N, 20261125);
  fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=b@example.com', '-c', 'user.name=Bench', 'commit', '-q', '-m', 'base');
  const handoffs = execFileSync('git', ['grep', '-l', '^handoff:', '--', '*.md'], { cwd: dir }).toString().trim().split('\n');
  const target = path.join(dir, handoffs[Math.floor(handoffs.length / 2)]!);
  const original = fs.readFileSync(target, 'utf8');
  const touch = (i: number) => fs.writeFileSync(target, `${original}\nEdit ${i}.\n`);

  const node = time(process.execPath, ['-e', '0']);
  const find = time('find', ['.', '-name', '*.md', '-printf', '%s %T@ %p\\n']);
  const cold = time(process.execPath, [cli, 'lint']);
  time(process.execPath, [cli, 'lint', '--cache']); // fills the cache
  const warm = time(process.execPath, [cli, 'lint', '--cache']);
  const oneChanged = time(process.execPath, [cli, 'lint', '--cache'], touch);
  const changedSince = time(process.execPath, [cli, 'lint', '--changed-since', 'HEAD'], touch);
  fs.writeFileSync(target, original);

  const row = (name: string, t: Timing, floor: Timing, floorName: string) =>
    `| ${name} | ${t.wall.toFixed(0)} | ${(t.wall / floor.wall).toFixed(1)}x ${floorName} | ${t.cpu?.toFixed(0) ?? '—'} | ${t.cpu !== undefined && floor.cpu !== undefined ? `${(t.cpu / floor.cpu).toFixed(1)}x` : '—'} |`;
  console.log(`${N} files (${stats.files} Markdown, ${handoffs.length} handoffs), median of ${RUNS}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}\n`);
  console.log('| Run | wall ms | wall ratio | CPU ms | CPU ratio |\n|---|---:|---|---:|---|');
  console.log(row('`node -e 0`', node, node, '`node -e 0`'));
  console.log(row('`find -printf` walk', find, find, 'find'));
  console.log(row('`lint` (no cache)', cold, cold, 'lint'));
  console.log(row('`lint --cache`, warm, nothing changed', warm, cold, 'lint'));
  console.log(row('`lint --cache`, one file changed', oneChanged, cold, 'lint'));
  console.log(row('`lint --changed-since HEAD`, one file changed', changedSince, node, '`node -e 0`'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cpuProbe, { force: true });
}
