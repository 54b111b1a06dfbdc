// `npm run test:fuzz [-- --count N --seed S --only I --no-save --no-regressions]`: checks every saved regression,
// then N documents mutated from examples/ (seeded: the same seed gives the same documents), in the
// core (a watchdogged worker) and through the CLI (batches, one process per command). Prints its
// counts; on a failure, prints the seed, the document and a minimized reproducer, saves the
// reproducer in test/fuzz/regressions/ and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCliBatch, commandOf, type CliDocument } from './check-cli';
import type { Failure } from './check-core';
import { CoreRunner, isCoreWorker, runCoreWorker } from './core-runner';
import { minimize } from './minimize';
import { fuzzCase } from './mutate';
import { readRegressions, saveRegression } from './regressions';

/** CPU time per document, all checks included. A normal one takes 1–300 ms; the budget only catches runaways. */
const CORE_BUDGET_MS = 5_000;
/** CPU time per CLI command over one batch; a normal one takes under 2 s. */
const CLI_BUDGET_MS = 20_000;
const BATCH = 100;
/** Minimizing stops after this long per failing check, and after MINIMIZE_TOTAL_MS in all. */
const MINIMIZE_MS = 30_000;
const MINIMIZE_TOTAL_MS = 120_000;

const root = resolve(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const regressionDir = join(root, 'test', 'fuzz', 'regressions');

interface Subject {
  /** `seed 13 #42` or `regression <file>`. */
  readonly source: string;
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly salt: number;
  readonly mutations: readonly string[];
  readonly regression: boolean;
}

interface Found extends Failure {
  readonly subject: Subject;
  readonly via: 'core' | 'cli';
}

interface Options {
  readonly count: number;
  readonly seed: number;
  readonly only: number | undefined;
  readonly save: boolean;
  readonly regressions: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    if (at === -1) return undefined;
    const n = Number(argv[at + 1]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number`);
    return n;
  };
  return { count: value('--count') ?? 2000, seed: value('--seed') ?? 13, only: value('--only'), save: !argv.includes('--no-save'), regressions: !argv.includes('--no-regressions') };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const configText = readFileSync(join(root, 'examples', '.handoff.yml'), 'utf8');
  const corpus = ['handoffs', 'notes'].flatMap((dir) =>
    readdirSync(join(root, 'examples', dir)).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(root, 'examples', dir, f), 'utf8')),
  );
  const runner = new CoreRunner(__filename, configText);
  const found: Found[] = [];
  const counts = { documents: 0, regressions: 0, problems: 0, fixes: 0, edits: 0, cliRuns: 0, slowestMs: 0, slowest: '' };

  const subjects: Subject[] = options.only !== undefined || !options.regressions ? [] : readRegressions(regressionDir).map((r) => ({ source: `regression ${r.name}`, ...r, mutations: [], regression: true }));
  counts.regressions = subjects.length;
  const indexes = options.only !== undefined ? [options.only] : Array.from({ length: options.count }, (_, i) => i);
  for (const i of indexes) subjects.push({ source: `seed ${options.seed} #${i}`, ...fuzzCase(corpus, options.seed, i), salt: i, regression: false });

  let batch: Array<CliDocument & { subject: Subject }> = [];
  let pending = Promise.resolve();
  const flush = async (docs: typeof batch) => {
    const { failures, runs } = await checkCliBatch(cli, docs, configText, CLI_BUDGET_MS);
    counts.cliRuns += runs;
    for (const failure of failures) {
      // A timeout is not bisected: each step would wait for the budget again (the core checks time each document alone).
      const doc = docs.find((d) => d.name === failure.file) ?? (failure.check.startsWith('cli-timeout') ? undefined : await locate(docs, failure.check, configText, counts));
      if (doc) found.push({ ...failure, subject: doc.subject, via: 'cli' });
      else found.push({ ...failure, subject: docs[0]!.subject, via: 'cli', message: `${failure.message} (only with other files of its batch)` });
    }
  };
  for (const [n, subject] of subjects.entries()) {
    const outcome = await runner.check(subject.text, subject.salt, CORE_BUDGET_MS);
    if (!subject.regression) counts.documents++;
    if ('timedOut' in outcome) {
      found.push({ check: 'timeout', message: `the core checks used over ${CORE_BUDGET_MS} ms of CPU`, subject, via: 'core' });
    } else {
      counts.problems += outcome.result.issues;
      counts.fixes += outcome.result.fixes;
      counts.edits += outcome.result.edits;
      for (const failure of outcome.result.failures) found.push({ ...failure, subject, via: 'core' });
      if (outcome.ms > counts.slowestMs) Object.assign(counts, { slowestMs: outcome.ms, slowest: subject.source });
    }
    if ((n + 1) % 250 === 0) console.log(`  … ${n + 1}/${subjects.length} checked in the core, ${found.length} failure(s) so far`);
    batch.push({ name: `d${n}.md`, bytes: subject.bytes, subject });
    // The regressions get a batch of their own: one that still hangs the CLI does not take fuzz documents with it.
    if (batch.length === BATCH || n === subjects.length - 1 || (subject.regression && !subjects[n + 1]?.regression)) {
      const docs = batch;
      batch = [];
      await pending;
      pending = flush(docs);
    }
  }
  await pending;

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: seed ${options.seed}, ${counts.documents} documents + ${counts.regressions} regressions in ${seconds} s`);
  console.log(`  core: ${counts.problems} problems, ${counts.fixes} fixes applied, ${counts.edits} status edits; slowest ${counts.slowestMs.toFixed(0)} ms of CPU (${counts.slowest || 'none'})`);
  console.log(`  cli: ${counts.cliRuns} runs (lint, list and stats --format json on batches of up to ${BATCH})`);
  console.log(`  failures: ${found.length}`);
  if (found.length === 0) {
    await runner.close();
    return 0;
  }
  await report(found, options, runner, configText);
  await runner.close();
  return 1;
}

/** Which one document of a batch fails `check` alone, by halving. */
async function locate(docs: Array<CliDocument & { subject: Subject }>, check: string, configText: string, counts: { cliRuns: number }): Promise<(typeof docs)[number] | undefined> {
  if (docs.length === 1) return docs[0];
  const half = Math.ceil(docs.length / 2);
  for (const part of [docs.slice(0, half), docs.slice(half)]) {
    const { failures, runs } = await checkCliBatch(cli, part, configText, CLI_BUDGET_MS, [commandOf(check)]);
    counts.cliRuns += runs;
    if (failures.some((f) => f.check === check)) return locate(part, check, configText, counts);
  }
  return undefined;
}

async function report(found: readonly Found[], options: Options, runner: CoreRunner, configText: string): Promise<void> {
  const byCheck = new Map<string, Found[]>();
  for (const f of found) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  const known = new Set(found.filter((f) => f.subject.regression).map((f) => f.check));
  const minimizeUntil = Date.now() + MINIMIZE_TOTAL_MS;
  for (const [check, list] of byCheck) {
    const sources = [...new Set(list.map((f) => f.subject.source))];
    console.log(`\n✗ ${check}: ${list.length} failure(s) in ${sources.length} document(s): ${sources.slice(0, 6).join(', ')}${sources.length > 6 ? ', …' : ''}`);
    const first = list.find((f) => !f.subject.regression) ?? list[0]!;
    console.log(`  ${first.subject.source}${first.subject.mutations.length ? ` (${first.subject.mutations.join(', ')})` : ''}: ${first.message.slice(0, 300)}`);
    if (first.subject.regression) continue;
    if (known.has(check)) {
      console.log('  (a saved regression fails this check too: not saved again)');
      continue;
    }
    const reproducer = await minimizeFailure(first, runner, configText, Math.min(Date.now() + MINIMIZE_MS, minimizeUntil));
    console.log(`  minimized (${reproducer.text.length} chars): ${JSON.stringify(reproducer.text).slice(0, 400)}`);
    if (options.save) console.log(`  saved as test/fuzz/regressions/${saveRegression(regressionDir, check, first.subject.salt, reproducer)}`);
  }
  console.log(`\nReproduce one document: npm run test:fuzz -- --seed ${options.seed} --only <#>`);
}

/** The smallest input that still fails the same check: as text for the core, as bytes for the CLI. */
async function minimizeFailure(found: Found, runner: CoreRunner, configText: string, deadline: number): Promise<{ text: string; bytes?: Uint8Array }> {
  const { subject, check } = found;
  if (found.via === 'core') {
    const fails = async (text: string) => {
      const outcome = await runner.check(text, subject.salt, CORE_BUDGET_MS);
      return 'timedOut' in outcome ? check === 'timeout' : outcome.result.failures.some((f) => f.check === check);
    };
    const text = await minimize(subject.text, fails, deadline);
    return { text };
  }
  // One character per byte, so invalid UTF-8 survives shrinking.
  const fails = async (latin1: string) => {
    const { failures } = await checkCliBatch(cli, [{ name: 'd.md', bytes: Buffer.from(latin1, 'latin1') }], configText, CLI_BUDGET_MS, [commandOf(check)]);
    return failures.some((f) => f.check === check);
  };
  const bytes = Buffer.from(await minimize(Buffer.from(subject.bytes).toString('latin1'), fails, deadline), 'latin1');
  return { bytes, text: bytes.toString('utf8') };
}

if (isCoreWorker()) {
  runCoreWorker();
} else {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
