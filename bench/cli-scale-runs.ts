// The CI-scale runs of `handoff lint` (issue #20) and the cross-document rules' cost (#19), timed
// in the benchmark beside their floors: `lint --cache` warm and with one file changed before each
// run, `lint --changed-since HEAD` with one file changed, and `lint` with the three cross-document
// rules turned off. They run on a git copy of the generated repo (`git-repo-N`, committed once per
// generator version), so the repo the other tools read is never modified.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listMarkdown } from './generate';
import { quantile } from './keystroke';
import { timeCommand, type Tool } from './tools';

export interface CliScaleResult {
  /** Warm `lint --cache`: nothing changed since the last cached run. */
  readonly cacheWarmMs: number;
  /** `lint --cache` with one handoff changed before each run. */
  readonly cacheOneChangedMs: number;
  /** `lint --changed-since HEAD` with one handoff changed. */
  readonly changedSinceMs: number;
  /** `lint` with broken-link, follows-cycle and missing-next off (`--rule …=off`). */
  readonly lintNoJourneyMs: number;
  /** `lint` on the git copy, the same files: the other side of `lintNoJourneyMs`, in the same loop. */
  readonly lintOnCopyMs: number;
}

export const JOURNEY_RULES = ['broken-link', 'follows-cycle', 'missing-next'];

/** A committed git copy of `repo`, made once per stamp (the repo's generator stamp file). */
function gitCopy(repo: string, log: (msg: string) => void): string {
  const copy = path.join(path.dirname(repo), `git-${path.basename(repo)}`);
  const stamp = fs.readFileSync(`${repo}.json`, 'utf8');
  if (fs.existsSync(copy) && fs.existsSync(`${copy}.json`) && fs.readFileSync(`${copy}.json`, 'utf8') === stamp) return copy;
  log(`making a committed git copy: ${path.basename(copy)}`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.rmSync(`${copy}.json`, { force: true });
  fs.cpSync(repo, copy, { recursive: true });
  fs.rmSync(path.join(copy, '.git'), { recursive: true, force: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'pipe', env, maxBuffer: 1 << 28 });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=Bench', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench');
  fs.writeFileSync(`${copy}.json`, stamp);
  return copy;
}

function timed(tool: Tool, cwd: string): number {
  const r = timeCommand(tool, cwd);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${tool.id} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return r.ms;
}

/** Untimed `before(i)`, then timed run i; median of `runs` after one untimed warm-up run. */
function medianWith(tool: Tool, cwd: string, runs: number, before: (i: number) => void): number {
  before(-1);
  timed(tool, cwd);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    times.push(timed(tool, cwd));
  }
  return quantile(times, 0.5);
}

export function measureCliScale(lint: Tool, repo: string, work: string, runs: number, log: (msg: string) => void): CliScaleResult {
  const copy = gitCopy(repo, log);
  const target = path.join(copy, listMarkdown(copy).find((f) => /^(\uFEFF)?---\r?\nhandoff:/.test(fs.readFileSync(path.join(copy, f), 'utf8')))!);
  const original = fs.readFileSync(target);
  const touch = (i: number) => fs.writeFileSync(target, Buffer.concat([original, Buffer.from(`\nEdit ${i}.\n`)]));
  const nothing = () => undefined;
  const cacheDir = path.join(work, `lint-cache-${path.basename(repo)}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const withArgs = (id: string, ...args: string[]): Tool => ({ id: `${lint.id} ${id}`, command: lint.command, args: [...lint.args, ...args] });
  const cached = withArgs('--cache', '--cache', '--cache-location', cacheDir);
  try {
    log(`lint --cache (warm, one changed), --changed-since, cross-document rules off/on`);
    const cacheWarmMs = medianWith(cached, copy, runs, nothing);
    const cacheOneChangedMs = medianWith(cached, copy, runs, touch);
    const changedSinceMs = medianWith(withArgs('--changed-since', '--changed-since', 'HEAD'), copy, runs, touch);
    fs.writeFileSync(target, original);
    // With and without the cross-document rules alternate, so both see the same load.
    const off = withArgs('no journey rules', ...JOURNEY_RULES.flatMap((id) => ['--rule', `${id}=off`]));
    const onTimes: number[] = [];
    const offTimes: number[] = [];
    timed(off, copy);
    for (let i = 0; i < runs; i++) {
      onTimes.push(timed(lint, copy));
      offTimes.push(timed(off, copy));
    }
    return { cacheWarmMs, cacheOneChangedMs, changedSinceMs, lintNoJourneyMs: quantile(offTimes, 0.5), lintOnCopyMs: quantile(onTimes, 0.5) };
  } finally {
    fs.writeFileSync(target, original);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
