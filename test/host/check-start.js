// `npm run test:start`: runs `npm start`'s script, loads its URL headless, checks the workbench
// rendered with the examples, then stops it with SIGINT and checks the server is gone.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { screenshotsDir } = require('./paths');
const { openPage, closeBrowser } = require('./browser');

const TIMEOUT_MS = Number(process.env.HANDOFF_TEST_TIMEOUT_MS) || 5 * 60_000;
const results = { passed: 0, failed: 0 };

function check(name, ok) {
  results[ok ? 'passed' : 'failed']++;
  console.log(`  ${ok ? '✔' : '✘'} ${name}`);
}

/** Starts start.js in its own process group and resolves with the URL it prints. */
function launch() {
  const child = spawn(process.execPath, [path.join(__dirname, 'start.js')], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already stopped
    }
  });
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`start.js exited (${code}) before printing a URL`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited };
}

async function reachable(url) {
  return fetch(url).then(() => true, () => false);
}

async function main() {
  const start = launch();
  const url = await start.url;
  const { browser, page } = await openPage();
  await page.goto(url);
  const rendered = await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 }).then(() => true, () => false);
  check('workbench rendered (.monaco-workbench)', rendered);
  const explorer = page.locator('.explorer-folders-view .monaco-list-row');
  check('explorer lists the workspace', await explorer.first().waitFor({ timeout: 30_000 }).then(() => true, () => false));
  // Broken examples give errors once Handoff is loaded and has linted the workspace.
  const problemsLabel = () => document.getElementById('status.problems')?.getAttribute('aria-label') ?? '';
  const someErrors = () => /Errors?: [1-9]/.test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? '');
  const linted = await page.waitForFunction(someErrors, null, { timeout: 30_000 }).then(() => true, () => false);
  check(`Handoff diagnostics counted in the status bar (${await page.evaluate(problemsLabel)})`, linted);
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, '00-npm-start.png') });
  await closeBrowser(browser);

  process.kill(start.child.pid, 'SIGINT');
  const code = await Promise.race([start.exited, new Promise((r) => setTimeout(() => r('timeout'), 15_000))]);
  check(`Ctrl+C stops npm start cleanly (exit ${code})`, code === 0);
  check('server is gone after Ctrl+C', !(await reachable(url)));
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 ? 1 : 0;
}

setTimeout(() => {
  console.error(`[check-start] timed out after ${TIMEOUT_MS / 1000} s`);
  process.exit(2);
}, TIMEOUT_MS);

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[check-start] ${err.stack || err}`);
    process.exit(2);
  },
);
