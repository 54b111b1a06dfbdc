// The CLI's promises on a batch of documents (one process per command, so start-up does not
// dominate): `lint`, `list` and `stats` print JSON and exit 0 or 1 (never 2, an internal error),
// within the budget, and every problem lies inside its file as the CLI decoded it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeMarkdown } from '../../src/core/index';
import { badRange, splitLines, type Failure } from './check-core';

export interface CliDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CliFailure extends Failure {
  /** The document the failure belongs to, when the output names one. */
  readonly file?: string;
}

export interface CliBatchResult {
  readonly failures: CliFailure[];
  readonly runs: number;
}

const COMMANDS: ReadonlyArray<readonly string[]> = [
  ['lint', '--format', 'json', '.'],
  ['list', '--all', '--format', 'json', '.'],
  ['stats', '--no-git', '--format', 'json', '.'],
];

/** The command a failed check ran (`cli-exit:list` → list; the position checks ran lint). */
export function commandOf(check: string): string {
  return /:(\w+)$/.exec(check)?.[1] ?? 'lint';
}

/** Runs `commands` (default: lint, list and stats) over the documents, in a fresh folder with `configText` as its .handoff.yml. */
export async function checkCliBatch(
  cli: string,
  docs: readonly CliDocument[],
  configText: string,
  budgetMs: number,
  commands: readonly string[] = COMMANDS.map((c) => c[0]!),
): Promise<CliBatchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-fuzz-'));
  const failures: CliFailure[] = [];
  let runs = 0;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.handoff.yml'), configText);
    for (const doc of docs) writeFileSync(join(dir, doc.name), doc.bytes);
    for (const argv of COMMANDS.filter((c) => commands.includes(c[0]!))) {
      runs++;
      const command = argv[0]!;
      const run = await runNode(cli, argv, dir, budgetMs);
      if (run.timedOut) {
        failures.push({ check: `cli-timeout:${command}`, message: `handoff ${argv.join(' ')} used over ${budgetMs} ms of CPU` });
        continue;
      }
      if (run.code !== 0 && !(command === 'lint' && run.code === 1)) {
        failures.push({ check: `cli-exit:${command}`, message: `handoff ${command} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` });
        continue;
      }
      let output: unknown;
      try {
        output = JSON.parse(run.stdout);
      } catch {
        failures.push({ check: `cli-json:${command}`, message: `handoff ${command} printed no JSON: ${JSON.stringify(run.stdout.slice(0, 200))}` });
        continue;
      }
      if (command === 'lint') failures.push(...checkProblems(output, docs));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { failures, runs };
}

interface CliProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
}

function checkProblems(output: unknown, docs: readonly CliDocument[]): CliFailure[] {
  if (!Array.isArray(output)) return [{ check: 'cli-json:lint', message: 'lint JSON is not an array' }];
  const byName = new Map(docs.map((d) => [d.name, d]));
  const lines = new Map<string, string[]>();
  const failures: CliFailure[] = [];
  for (const problem of output as CliProblem[]) {
    const doc = byName.get(problem.file);
    if (!doc) {
      failures.push({ check: 'cli-file', message: `a problem names an unknown file: ${JSON.stringify(problem.file)}` });
      continue;
    }
    let docLines = lines.get(doc.name);
    if (!docLines) {
      const decoded = decodeMarkdown(doc.bytes);
      docLines = splitLines(decoded.binary ? '' : decoded.text.replace(/^\ufeff/, ''));
      lines.set(doc.name, docLines);
    }
    const range = { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.endLine - 1, character: problem.endColumn - 1 } };
    const bad = badRange(range, docLines);
    if (bad) failures.push({ check: 'cli-position', file: doc.name, message: `${problem.rule}: ${bad}` });
  }
  return failures;
}

interface NodeRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** The CPU time a process has used (all its threads), in ms, or undefined off Linux. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100
  } catch {
    return undefined;
  }
}

/**
 * Runs the CLI, killing it once it has used `budgetMs` of CPU time: CPU, not wall time, so that a
 * machine busy with other work cannot fail the run. A process that blocks without using CPU is
 * killed after WALL_FACTOR times the budget.
 */
function runNode(script: string, argv: readonly string[], cwd: string, budgetMs: number): Promise<NodeRun> {
  return new Promise((resolve) => {
    let timedOut = false;
    const child = execFile(process.execPath, [script, ...argv], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      clearInterval(watchdog);
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr, timedOut });
    });
    const started = Date.now();
    const watchdog = setInterval(() => {
      const cpu = processCpuMs(child.pid);
      if ((cpu ?? Date.now() - started) >= budgetMs || Date.now() - started >= WALL_FACTOR * budgetMs) {
        timedOut = true;
        child.kill('SIGKILL');
      }
    }, 200);
  });
}

const WALL_FACTOR = 10;
