// The commands the benchmark times, all on the same files of one generated repo: the `cat` floor,
// `handoff list` / `handoff lint`, markdownlint-cli2 (MD043 only) and remark-cli
// (remark-frontmatter + remark-lint-no-empty-sections). Their configs are written into the work folder.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IGNORED_DIR, IGNORED_SUFFIX } from './generate';
import { quantile } from './keystroke';

export interface Timed {
  readonly ms: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Stopped after the time limit: `ms` is the limit, a lower bound. */
  readonly timedOut?: boolean;
}

export interface Tool {
  readonly id: string;
  readonly command: string;
  readonly args: readonly string[];
}

/** Runs a command to completion (or `timeoutMs`) with stdout and stderr piped (as CI would), timing the wall clock. */
export function timeCommand(tool: Tool, cwd: string, timeoutMs?: number): Timed {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(tool.command, tool.args as string[], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    return { ms: timeoutMs!, status: null, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: true };
  }
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * One untimed warm-up run (page cache, module cache) unless `warmUp` is false, then the median of
 * `runs` timed runs. `check` sees the first run.
 */
export function medianRun(
  tool: Tool,
  cwd: string,
  runs: number,
  check?: (t: Timed) => void,
  warmUp = true,
  timeoutMs?: number,
): { ms: number; last: Timed; timedOut: boolean } {
  let last: Timed | undefined = warmUp ? timeCommand(tool, cwd, timeoutMs) : undefined;
  if (last && !last.timedOut) check?.(last);
  const times: number[] = [];
  for (let i = 0; i < runs && !last?.timedOut; i++) {
    const first = last === undefined;
    last = timeCommand(tool, cwd, timeoutMs);
    if (first && !last.timedOut) check?.(last);
    times.push(last.ms);
  }
  // A run stopped at the limit makes the result a lower bound.
  return last!.timedOut ? { ms: timeoutMs!, last: last!, timedOut: true } : { ms: quantile(times, 0.5), last: last!, timedOut: false };
}

export interface Paths {
  readonly root: string;
  readonly work: string;
  /** The production CLI bundle built from this checkout. */
  readonly cli: string;
}

export function tools(paths: Paths): Record<'cat' | 'find' | 'node' | 'list' | 'lint' | 'markdownlint' | 'remark', Tool> {
  const node = process.execPath;
  const mdlConfig = path.join(paths.work, 'bench.markdownlint-cli2.jsonc');
  fs.writeFileSync(
    mdlConfig,
    JSON.stringify(
      {
        // Only MD043 (required headings); .gitignore honoured, node_modules ignored like the others.
        config: { default: false, MD043: { headings: ['*', '## Handoff checklist', '*'] } },
        gitignore: true,
        ignores: ['**/node_modules/**'],
      },
      null,
      2,
    ),
  );
  const remarkrc = path.join(paths.work, 'remarkrc.json');
  fs.writeFileSync(remarkrc, JSON.stringify({ plugins: ['remark-frontmatter', 'remark-lint-no-empty-sections'] }, null, 2));
  const modules = path.join(paths.root, 'node_modules');
  const prune = `find . \\( -name node_modules -o -name .git -o -path ./${IGNORED_DIR} \\) -prune -o -type f -name '*.md' ! -name '*${IGNORED_SUFFIX}'`;
  return {
    cat: { id: 'cat', command: 'sh', args: ['-c', `${prune} -print0 | xargs -0 cat > /dev/null`] },
    // The warm index's floor: the same walk with a stat per file (size and mtime), nothing read.
    find: { id: 'find -printf', command: 'sh', args: ['-c', `${prune} -printf '%s %T@ %p\\n' > /dev/null`] },
    // The floor of any run of the CLI: starting Node.
    node: { id: 'node -e 0', command: node, args: ['-e', '0'] },
    list: { id: 'handoff list', command: node, args: [paths.cli, 'list'] },
    lint: { id: 'handoff lint', command: node, args: [paths.cli, 'lint'] },
    markdownlint: {
      id: 'markdownlint-cli2',
      command: node,
      args: [path.join(modules, 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '--config', mdlConfig, '**/*.md'],
    },
    remark: {
      id: 'remark-cli',
      command: node,
      args: [path.join(modules, 'remark-cli', 'cli.js'), '.', '--rc-path', remarkrc, '--no-config', '--ignore-path', '.gitignore', '--quiet', '--no-stdout', '--no-color'],
    },
  };
}

/** Files each tool reports having processed, where its output says so (a sanity check, not timed). */
export function processedCount(tool: Tool, result: Timed): number | undefined {
  const out = `${result.stdout}\n${result.stderr}`;
  if (tool.id === 'markdownlint-cli2') return Number(/Linting: (\d+) file/.exec(out)?.[1] ?? NaN);
  return undefined;
}
