// The GitHub Action (action.yml): `handoff lint` with workflow annotations, an optional SARIF file
// for code scanning, and a job summary (lint counts and the `handoff stats` health table). It runs
// the CLI's own commands in-process; nothing here touches `process` (main.ts does).
import { escapeData } from '../cli/formatters/github';
import type { Problem } from '../cli/formatters/json';
import { runLint } from '../cli/run-lint';
import { runStats } from '../cli/run-stats';
import { EXIT_ERROR, EXIT_OK, plural, type CliContext } from '../cli/context';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** What the log shows: annotations (`github`) or one of the CLI's other lint formats. */
export const ACTION_FORMATS = ['github', 'text', 'json', 'sarif'] as const;

/** The action's inputs, as the runner passes them (`INPUT_<NAME>`, upper-cased). */
export interface ActionInputs {
  readonly paths: string;
  readonly format: string;
  readonly failOn: string;
  readonly today: string;
  readonly sarifFile: string;
}

/** The runner's files the action writes to; absent outside a runner. */
export interface ActionFiles {
  appendSummary?(markdown: string): void;
  setOutput?(name: string, value: string): void;
  writeFile(path: string, text: string): void;
}

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const input = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  return { paths: input('paths'), format: input('format'), failOn: input('fail-on'), today: input('today'), sarifFile: input('sarif-file') };
}

/** Runs the action; returns the process exit code. `ctx.cwd` is the workspace. */
export async function runAction(inputs: ActionInputs, ctx: CliContext, files: ActionFiles): Promise<number> {
  const log = ctx.output;
  const failOn = (inputs.failOn || 'error') as FailOn;
  const format = inputs.format || 'github';
  const invalid = !FAIL_ON.includes(failOn)
    ? `fail-on: expected ${FAIL_ON.join(', ')}, got '${inputs.failOn}'`
    : !(ACTION_FORMATS as readonly string[]).includes(format)
      ? `format: expected ${ACTION_FORMATS.join(', ')}, got '${inputs.format}'`
      : inputs.today && !/^\d{4}-\d{2}-\d{2}$/.test(inputs.today)
        ? `today: expected YYYY-MM-DD, got '${inputs.today}'`
        : undefined;
  if (invalid) {
    log.stdout(`::error title=handoff::${escapeData(invalid)}\n`);
    return EXIT_ERROR;
  }
  // Paths are separated by newlines or spaces, as in most actions' `paths` inputs.
  const paths = inputs.paths.split(/\s+/).filter(Boolean);
  const run: CliContext = inputs.today ? { ...ctx, today: inputs.today } : ctx;

  // The log gets the chosen format straight from `handoff lint`; the counts come from a JSON run.
  // Linting two or three times keeps the action a plain user of the CLI's formats; a lint of
  // 10,000 handoffs takes about a second (docs/PERFORMANCE.md).
  const shown = await runLint([...paths, '--format', format], run);
  if (shown === EXIT_ERROR) return EXIT_ERROR; // a usage or config error, already on stderr
  const json = await capture((c) => runLint([...paths, '--format', 'json'], c), run);
  const problems = JSON.parse(json.stdout) as Problem[];
  if (inputs.sarifFile) {
    const sarif = await capture((c) => runLint([...paths, '--format', 'sarif'], c), run);
    files.writeFile(inputs.sarifFile, sarif.stdout);
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const infos = problems.length - errors - warnings;
  files.setOutput?.('errors', String(errors));
  files.setOutput?.('warnings', String(warnings));
  if (files.appendSummary) {
    const stats = await capture((c) => runStats([...paths, '--format', 'markdown'], c), run);
    files.appendSummary(summary(problems, { errors, warnings, infos }) + '\n' + stats.stdout);
  }

  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  if (failed) log.stdout(`::error title=handoff::${plural(errors, 'error')} and ${plural(warnings, 'warning')} in handoffs (fail-on: ${failOn})\n`);
  return failed ? 1 : EXIT_OK;
}

interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

function summary(problems: readonly Problem[], c: Counts): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = problems.length
    ? `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')} and ${c.infos} info in ${plural(files, 'file')}.`
    : 'No problems.';
  const rules = [...new Set(problems.map((p) => p.rule))].sort().map((rule) => {
    const of = problems.filter((p) => p.rule === rule);
    return `| \`${rule}\` | ${of[0]!.severity} | ${of.length} |`;
  });
  const table = rules.length ? ['', '| Rule | Severity | Problems |', '| --- | --- | ---: |', ...rules] : [];
  return ['## Handoff lint', '', head, ...table, ''].join('\n');
}

async function capture(command: (ctx: CliContext) => Promise<number>, ctx: CliContext): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  // stderr (skipped files, config warnings) already reached the log in the first run.
  const code = await command({ ...ctx, output: { stdout: (t) => void (stdout += t), stderr: () => undefined } });
  return { code, stdout };
}
