// Mocha entry point loaded by the web worker extension host (extensionTestsPath): mocha's browser
// build, the tests bundled in. The runner (test/web/run-web.js) reads the result line.
import * as vscode from 'vscode';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter: string; color: boolean; timeout: number }): void;
  run(done: (failures: number) => void): { stats?: { passes?: number; pending?: number } };
}

interface Mark {
  readonly name: string;
  readonly startTime: number;
}

/** Handoff's activation as the worker's own performance marks saw it (as bench/host-probe.ts reads them in Node). */
function activationMarks(): string {
  const id = 'handoff.handoff';
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Mark[] } }).MonacoPerformanceMarks;
  const marks = perf?.getMarks() ?? [];
  const at = (what: string) => marks.find((m) => m.name === `code/extHost/${what}/${id}`)?.startTime;
  const ms = (a?: number, b?: number) => (a === undefined || b === undefined ? 'n/a' : `${(b - a).toFixed(1)} ms`);
  return `load ${ms(at('willLoadExtensionCode'), at('didLoadExtensionCode'))}, activate() ${ms(at('willActivateExtension'), at('didActivateExtension'))}, load to activated ${ms(at('willLoadExtensionCode'), at('didActivateExtension'))}`;
}

export async function run(): Promise<void> {
  console.log(`[web] VS Code ${vscode.version} (${vscode.env.appName}, ${typeof process === 'undefined' ? 'no process' : 'process present'})`);
  await vscode.extensions.getExtension('handoff.handoff')?.activate();
  console.log(`[web] activation: ${activationMarks()}`);
  return runMocha();
}

function runMocha(): Promise<void> {
  require('mocha/mocha.js');
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000 }); // hang detection only, see check.ts
  require('./web.test');
  require('./editing.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`[web] result ${JSON.stringify({ passed: passes, failed: failures, pending, vscode: vscode.version, appName: vscode.env.appName })}`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}
