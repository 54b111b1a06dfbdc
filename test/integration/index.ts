// Mocha entry point loaded by the extension host (extensionTestsPath): runs every compiled *.test.js here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  console.log(`[integration] VS Code ${vscode.version} (${vscode.env.appName}, node ${process.versions.node})`);
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: !!process.env.FORCE_COLOR,
    timeout: 30_000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  for (const file of fs.readdirSync(__dirname, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // The runner outside the host reads the counts from this file (test/host/result.js).
      const resultFile = process.env.HANDOFF_TEST_RESULT;
      const result = { passed: passes, failed: failures, pending, vscode: vscode.version, appName: vscode.env.appName };
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
