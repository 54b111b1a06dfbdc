// The `handoff` executable: the only module that touches process (argv, stdout, stderr, exit code).
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli';
import { machineTimeZone } from '../core/index';
import { LintWorkerPool, isLintWorker, runLintWorker } from './lint-workers';
import { NodeFileSystem, toPortablePath, writeFileAtomic } from './node-file-system';
import { errorLine } from './context';

function fail(error: unknown): void {
  process.stderr.write(`handoff: ${errorLine(error)}\n`);
  process.exitCode = 2;
}

function guardProcess(): void {
  // `handoff list | head` closes stdout early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error);
  });
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/** The version in package.json, which sits one folder above dist/cli.js. */
function packageVersion(): string {
  try {
    const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    const version = (json as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Worker threads for whole-repo lint, opt-in: HANDOFF_LINT_THREADS=N (2 or more) lints on N
 * threads while the main thread walks and collects. Off by default: on the 2-core machine of
 * docs/PERFORMANCE.md two threads lint 10,000 files no faster than one (V8's own GC and compiler
 * threads already use the second core), and starting them costs more than it saves.
 */
function lintWorkers(): LintWorkerPool | undefined {
  const threads = Math.min(Number(process.env.HANDOFF_LINT_THREADS) || 0, availableParallelism() * 2);
  return threads > 1 ? new LintWorkerPool(__filename, threads) : undefined;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// The same bundle runs the lint workers (lint-workers.ts): a worker thread runs nothing else.
if (isLintWorker()) {
  runLintWorker();
} else {
  guardProcess();
  runCli(process.argv.slice(2), {
    cwd: toPortablePath(process.cwd()),
    fs: new NodeFileSystem(),
    version: packageVersion(),
    timeZone: machineTimeZone(),
    lintWorkers: lintWorkers(),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    readStdin,
    writeFile: writeFileAtomic,
    makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
    output: {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    },
  }).then((code) => {
    process.exitCode = code;
  }, fail);
}
