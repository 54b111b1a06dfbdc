// Loaded by the VS Code extension host as `extensionTestsPath` (bench/activation.ts): reads the
// host's own performance marks for Handoff's activation and writes them to $HANDOFF_BENCH_RESULT.
// The host runs this only after every eagerly activated extension (workspaceContains) is active.
// With $HANDOFF_BENCH_EXPECT ({ open, problems }: what the CLI finds in the same repo) it also
// times the first full scan: from the start of activation until the Handoffs tree lists every open
// handoff and until the Problems panel holds every problem.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as vscode from 'vscode';
import type { FirstScanResult } from './activation';

interface Mark {
  readonly name: string;
  readonly startTime: number;
}

interface Tree {
  getChildren(node?: unknown): unknown[];
}

const ID = 'handoff.handoff';
/** Polling is simpler than listening to two event sources and costs at most this much precision. */
const POLL_MS = 20;
const GIVE_UP_MS = 600_000;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(ID);
  if (!extension) throw new Error(`${ID} is not installed in this host`);
  const wasActive = extension.isActive;
  await extension.activate();
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Mark[] } }).MonacoPerformanceMarks;
  const marks = perf?.getMarks() ?? [];
  const at = (what: string) => marks.find((m) => m.name === `code/extHost/${what}/${ID}`)?.startTime;
  const willLoad = at('willLoadExtensionCode');
  const didLoad = at('didLoadExtensionCode');
  const willActivate = at('willActivateExtension');
  const didActivate = at('didActivateExtension');
  const ms = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? null : b - a);
  const expect = process.env.HANDOFF_BENCH_EXPECT;
  const result = {
    vscode: vscode.version,
    activatedAtStartup: wasActive,
    // Code loading (require of dist/extension.js), then activate() until its promise resolves.
    loadMs: ms(willLoad, didLoad),
    activateMs: ms(willActivate, didActivate),
    totalMs: ms(willLoad, didActivate),
    firstScan: expect && willLoad !== undefined ? await firstScan(extension.exports as Tree, JSON.parse(expect) as { open: number; problems: number }, willLoad) : undefined,
  };
  const file = process.env.HANDOFF_BENCH_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(result));
}

async function firstScan(tree: Tree, expect: { open: number; problems: number }, loadStart: number): Promise<FirstScanResult> {
  // The marks are epoch milliseconds in current hosts; older ones used the performance clock.
  const now = () => (loadStart > 1e12 ? Date.now() : performance.now());
  const rows = () => tree.getChildren().reduce<number>((sum, group) => sum + tree.getChildren(group).length, 0);
  const problems = () => vscode.languages.getDiagnostics().reduce((sum, [, list]) => sum + list.filter((d) => d.source === 'handoff').length, 0);
  let treeMs: number | null = null;
  let problemsMs: number | null = null;
  // CPU time of this extension host process (every extension in it, since it started): far less
  // distorted by a busy machine than the wall clock.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return Math.round((user + system) / 1000);
  };
  let treeCpuMs: number | null = null;
  let problemsCpuMs: number | null = null;
  const profile = await startProfile();
  const deadline = Date.now() + GIVE_UP_MS;
  while ((treeMs === null || problemsMs === null) && Date.now() < deadline) {
    if (treeMs === null && rows() >= expect.open) [treeMs, treeCpuMs] = [now() - loadStart, cpu()];
    if (problemsMs === null && problems() >= expect.problems) [problemsMs, problemsCpuMs] = [now() - loadStart, cpu()];
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await profile?.();
  return { treeMs, problemsMs, treeCpuMs, problemsCpuMs, expectedOpen: expect.open, expectedProblems: expect.problems, open: rows(), problems: problems() };
}

/**
 * With $HANDOFF_BENCH_PROFILE (a file path), a CPU profile of this extension host from when the
 * probe starts (activation is already under way) until the first scan is done, for the DevTools.
 */
async function startProfile(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.HANDOFF_BENCH_PROFILE;
  if (!file) return undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
