// Loaded by the VS Code extension host as `extensionTestsPath` (bench/activation.ts): reads the
// host's own performance marks for Handoff's activation and writes them to $HANDOFF_BENCH_RESULT.
// The host runs this only after every eagerly activated extension (workspaceContains) is active.
import * as fs from 'node:fs';
import * as vscode from 'vscode';

interface Mark {
  readonly name: string;
  readonly startTime: number;
}

const ID = 'handoff.handoff';

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
  const result = {
    vscode: vscode.version,
    activatedAtStartup: wasActive,
    // Code loading (require of dist/extension.js), then activate() until its promise resolves.
    loadMs: ms(willLoad, didLoad),
    activateMs: ms(willActivate, didActivate),
    totalMs: ms(willLoad, didActivate),
  };
  const file = process.env.HANDOFF_BENCH_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(result));
}
