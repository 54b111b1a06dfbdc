// `handoff merge-reports`: the JSON or SARIF reports of several `handoff lint` runs (the shards of
// one repository, or several repositories) as one report of the same format. Merging the reports
// of all n shards gives exactly the unsharded report: problems of `.handoff.yml` files first, then
// by file, each file's own order kept. Paths are relative to each repository's root, so reports of
// different repositories (each names its own) never mix: in JSON each file is prefixed with its
// repository's name, in SARIF each repository keeps its own run.
import { CliError } from './args';
import type { Problem } from './formatters/json';

export interface MergedReport {
  readonly format: 'json' | 'sarif';
  readonly text: string;
  /** Problems (results) of level error: the exit code. */
  readonly errors: number;
}

export interface NamedReport {
  readonly name: string;
  readonly text: string;
}

type Json = Record<string, unknown>;

export function mergeReports(reports: readonly NamedReport[]): MergedReport {
  if (!reports.length) throw new CliError('merge-reports needs at least one report file');
  const parsed = reports.map(({ name, text }) => {
    try {
      return { name, value: JSON.parse(text) as unknown };
    } catch {
      throw new CliError(`${name} is not a JSON or SARIF report of handoff lint: not JSON`);
    }
  });
  const sarif = parsed.map(({ name, value }) => {
    if (Array.isArray(value)) return false;
    if (isSarif(value)) return true;
    throw new CliError(`${name} is not a JSON or SARIF report of handoff lint`);
  });
  if (sarif.some((s) => s !== sarif[0])) throw new CliError('merge-reports cannot mix JSON and SARIF reports');
  return sarif[0] ? mergeSarif(parsed.map((p) => p.value as Json)) : mergeJson(parsed);
}

/** A problem of lint's JSON: `repository` names the repository its file is in. */
type JsonProblem = Problem & { readonly repository?: string };

function mergeJson(reports: readonly { name: string; value: unknown }[]): MergedReport {
  let problems: JsonProblem[] = [];
  const unnamed: string[] = [];
  for (const { name, value } of reports) {
    for (const p of value as unknown[]) {
      const problem = p as Partial<JsonProblem> | null;
      if (typeof problem !== 'object' || problem === null || typeof problem.file !== 'string' || typeof problem.rule !== 'string') {
        throw new CliError(`${name} is not a JSON report of handoff lint: an entry has no file or rule`);
      }
      if (typeof problem.repository !== 'string' && !unnamed.includes(name)) unnamed.push(name);
      problems.push(problem as JsonProblem);
    }
  }
  const repositories = [...new Set(problems.flatMap((p) => (typeof p.repository === 'string' ? [p.repository] : [])))];
  if (repositories.length && unnamed.length) {
    throw new CliError(
      `${unnamed.join(', ')} ${unnamed.length > 1 ? 'name' : 'names'} no repository (made by an older handoff lint?) while others name ${repositories.join(', ')}: ` +
        'paths of different repositories must not mix; make every report with this version of handoff lint',
    );
  }
  if (repositories.length > 1) {
    const labels = repositoryLabels(repositories);
    problems = problems.map((p) => ({ ...p, file: `${labels.get(p.repository!)}:${p.file}` }));
  }
  const sorted = reportOrder(problems, (p) => p.rule, (p) => p.file);
  return { format: 'json', text: `${JSON.stringify(sorted, null, 2)}\n`, errors: sorted.filter((p) => p.severity === 'error').length };
}

/**
 * One run per tool (by driver name) and repository (lint's `properties.repository`, and the run's
 * `originalUriBaseIds`: where its relative URIs start): rules united (results re-indexed), results
 * concatenated, artifacts deduplicated. Runs of different repositories stay apart, each with its own base.
 */
function mergeSarif(logs: readonly Json[]): MergedReport {
  const byTool = new Map<string, Json[]>();
  for (const log of logs) {
    for (const run of log.runs as Json[]) {
      const key = JSON.stringify([driverOf(run).name ?? '', (run.properties as Json | undefined)?.repository ?? null, run.originalUriBaseIds ?? null]);
      byTool.set(key, [...(byTool.get(key) ?? []), run]);
    }
  }
  const runs = [...byTool.values()].map(mergeRuns);
  const errors = runs.reduce((n, run) => n + (run.results as Json[]).filter((r) => (r.level ?? 'warning') === 'error').length, 0);
  return { format: 'sarif', text: `${JSON.stringify({ ...logs[0], runs }, null, 2)}\n`, errors };
}

function mergeRuns(runs: readonly Json[]): Json {
  const first = runs[0]!;
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: Json[] = [];
  const artifactIndex = new Map<string, number>();
  const results: Json[] = [];
  const notifications: unknown[] = [];
  let successful = true;
  for (const run of runs) {
    for (const rule of (driverOf(run).rules as Json[] | undefined) ?? []) {
      if (!ruleIndex.has(String(rule.id))) ruleIndex.set(String(rule.id), rules.push(rule) - 1);
    }
    const ownArtifacts = ((run.artifacts as Json[] | undefined) ?? []).map((artifact) => {
      const key = JSON.stringify((artifact.location as Json | undefined)?.uri ?? artifact);
      if (!artifactIndex.has(key)) artifactIndex.set(key, artifacts.push(artifact) - 1);
      return artifactIndex.get(key)!;
    });
    for (const invocation of (run.invocations as Json[] | undefined) ?? []) {
      if (invocation.executionSuccessful === false) successful = false;
      notifications.push(...((invocation.toolExecutionNotifications as unknown[] | undefined) ?? []));
    }
    for (const result of (run.results as Json[] | undefined) ?? []) {
      const index = result.ruleId === undefined ? undefined : ruleIndex.get(String(result.ruleId));
      results.push(reindexArtifacts({ ...result, ...(index === undefined ? {} : { ruleIndex: index }) }, ownArtifacts));
    }
  }
  const invocation = successful && !notifications.length ? { executionSuccessful: true } : { executionSuccessful: successful, toolExecutionNotifications: notifications };
  const tool = first.tool as Json;
  return {
    ...first,
    tool: { ...tool, driver: { ...driverOf(first), rules } },
    invocations: [invocation],
    ...(artifacts.length ? { artifacts } : {}),
    results: reportOrder(results, (r) => String(r.ruleId ?? ''), resultUri),
  };
}

/** A result's locations point at its own run's artifacts by index: point them at the merged list. */
function reindexArtifacts(result: Json, ownArtifacts: readonly number[]): Json {
  if (!ownArtifacts.length || !Array.isArray(result.locations)) return result;
  const locations = (result.locations as Json[]).map((location) => {
    const physical = location.physicalLocation as Json | undefined;
    const artifact = physical?.artifactLocation as Json | undefined;
    if (typeof artifact?.index !== 'number') return location;
    return { ...location, physicalLocation: { ...physical, artifactLocation: { ...artifact, index: ownArtifacts[artifact.index] } } };
  });
  return { ...result, locations };
}

function resultUri(result: Json): string {
  const location = (result.locations as Json[] | undefined)?.[0]?.physicalLocation as Json | undefined;
  // lint writes percent-encoded relative paths; decoding them sorts them as JSON sorts its files.
  const uri = String((location?.artifactLocation as Json | undefined)?.uri ?? '');
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** lint's order: `config` problems first, then by file; a stable sort keeps each file's own order. */
function reportOrder<T>(items: readonly T[], rule: (item: T) => string, file: (item: T) => string): T[] {
  const group = (item: T) => (rule(item) === 'config' ? 0 : 1);
  return [...items].sort((a, b) => group(a) - group(b) || (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0));
}

function driverOf(run: Json): Json {
  return ((run.tool as Json | undefined)?.driver as Json | undefined) ?? {};
}

function isSarif(value: unknown): boolean {
  const log = value as Json | null;
  return typeof log === 'object' && log !== null && log.version === '2.1.0' && Array.isArray(log.runs) && log.runs.every((r) => typeof r === 'object' && r !== null);
}

/**
 * A short, distinct name for each repository: the last segment of its URL or folder (without
 * `.git`), or as many last segments as tell it apart from the others (`acme/ops` and `umbrella/ops`).
 */
export function repositoryLabels(repositories: readonly string[]): Map<string, string> {
  const segments = repositories.map((r) => r.replace(/\.git$/, '').split(/[/:]+/).filter(Boolean));
  const longest = Math.max(...segments.map((s) => s.length));
  for (let n = 1; n <= longest; n++) {
    const labels = segments.map((s, i) => s.slice(-n).join('/') || repositories[i]!);
    if (new Set(labels).size === labels.length) return new Map(repositories.map((r, i) => [r, labels[i]!]));
  }
  return new Map(repositories.map((r) => [r, r]));
}
