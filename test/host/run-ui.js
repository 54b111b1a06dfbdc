// `npm run test:ui`: installs the packaged .vsix in the host, drives the workbench like a person
// and saves screenshots. Exit 0 pass, 1 failed check, 2 harness error or time-out.
// --require-tree makes the Handoffs view checks mandatory (they only report until the view exists).
// --web runs the package in the web worker extension host, as vscode.dev does (screenshots web-*.png).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { repoRoot, workspaceDir, screenshotsDir } = require('./paths');
const { copyEvergreen, localDate } = require('./evergreen');
const { ensureHost } = require('./install-host');
const { createSession } = require('./session');
const { startServer, installExtension, forceIntoWebWorker, workbenchUrl } = require('./server');
const { openPage, closeBrowser } = require('./browser');
const { authoringStep } = require('./ui-authoring');
const { dashboardStep, runPalette } = require('./ui-dashboard');

const TIMEOUT_MS = Number(process.env.HANDOFF_TEST_TIMEOUT_MS) || 5 * 60_000;
const requireTree = process.argv.includes('--require-tree');
const web = process.argv.includes('--web');
const EXTENSION_ID = 'handoff.handoff';
const results = { passed: 0, failed: 0 };

function check(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed']++;
  console.log(`  ${ok ? '✔' : '✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function report(name, detail) {
  console.log(`  • ${name}: ${detail}`);
}

/** A broken handoff to open: the first broken-*.md / incomplete-*.md in the workspace. */
function brokenHandoff(workspace) {
  const files = fs.readdirSync(workspace, { recursive: true }).map(String).sort();
  const found = files.find((f) => /^(broken|incomplete)-.*\.md$/.test(path.basename(f)));
  if (!found) throw new Error(`no broken-*.md or incomplete-*.md handoff in ${workspace}`);
  return path.basename(found);
}

async function rowTexts(page, selector, timeoutMs = 15_000) {
  const rows = page.locator(selector);
  await rows.first().waitFor({ timeout: timeoutMs }).catch(() => {});
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function shot(page, name) {
  await page.mouse.move(900, 300); // no hover tooltip in the picture
  const file = path.join(screenshotsDir, `${web ? 'web-' : ''}${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  📷 ${path.relative(repoRoot, file)}`);
}

/** Drags the side bar's sash so tree rows show their descriptions, as a person would. */
async function widenSideBar(page, by) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}

/** Developer: Show Running Extensions lists each extension host and what runs in it, with activation times. */
async function runningExtensionsStep(page) {
  await runPalette(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Handoff' }).first();
  const shown = await row.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  const text = shown ? (await row.innerText()).replace(/\s+/g, ' ').trim() : '';
  report('Running Extensions row', text || 'none');
  check('Handoff runs in the web worker host', /Web Worker/i.test(text), text);
  await shot(page, '03b-running-extensions');
  await page.keyboard.press('Control+W');
}

async function main() {
  ensureHost();
  execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  const vsix = path.join(repoRoot, 'handoff.vsix');
  fs.mkdirSync(screenshotsDir, { recursive: true });

  const session = createSession('ui', { timeoutMs: TIMEOUT_MS });
  installExtension(session.dir, vsix);
  if (web) forceIntoWebWorker(session.dir, EXTENSION_ID);
  const workspace = path.join(session.dir, path.basename(workspaceDir()));
  // As `npm start` opens it: the dates moved to today, so the planted problems are the documented ones.
  copyEvergreen(workspaceDir(), workspace, localDate());
  const server = await startServer(session.dir);
  session.onDispose(server.kill);
  const { browser, page } = await openPage();

  console.log(`[ui] workbench on a copy of ${path.relative(repoRoot, workspaceDir())}`);
  await page.goto(workbenchUrl(server, workspace), { timeout: 120_000 }); // a busy machine serves the workbench slowly
  await page.locator('.part.activitybar').waitFor({ timeout: 60_000 });
  check('workbench rendered', await page.locator('.monaco-workbench').isVisible());
  await shot(page, '01-workbench');

  // The Handoffs view: clicked through its activity-bar entry.
  const entry = page.locator('.part.activitybar [aria-label*="Handoff"]').first();
  const hasEntry = await entry.waitFor({ timeout: 15_000 }).then(() => true, () => false);
  if (hasEntry) {
    await entry.click();
    await widenSideBar(page, 160);
    const rows = await rowTexts(page, '.part.sidebar .monaco-list-row', 60_000); // the first scan, on a busy machine
    report('Handoffs view rows', rows.length ? `${rows.length}: ${rows.slice(0, 8).join(' | ')}` : 'none');
    await shot(page, '02-handoffs-view');
    if (requireTree) check('Handoffs view shows rows', rows.length > 0);
  } else {
    report('Handoffs view', 'no activity-bar entry with "Handoff" in its aria-label');
    if (requireTree) check('Handoffs activity-bar entry exists', false);
  }

  // A broken handoff opened the way a person would, then the Problems panel.
  const name = brokenHandoff(workspace);
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const tab = page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first();
  check(`opened ${name}`, await tab.waitFor({ timeout: 15_000 }).then(() => true, () => false));

  await page.keyboard.press('Control+Shift+M');
  const problems = await rowTexts(page, '.markers-panel .monaco-list-row', 30_000);
  report('Problems rows', problems.length ? `${problems.length}: ${problems.slice(0, 6).join(' | ')}` : 'none');
  check('Problems panel lists rows', problems.length > 0);
  check('Problems panel shows Handoff diagnostics', problems.some((r) => /\bhandoff\b.*\[Ln \d+/.test(r)));
  await shot(page, '03-problems');

  if (web) await runningExtensionsStep(page);
  await dashboardStep({ page, check, report, shot });
  // After the dashboard: it counts the examples, and this step adds a handoff.
  await authoringStep({ page, check, report, shot });

  await closeBrowser(browser);
  session.dispose();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[ui] harness error: ${err.status === undefined ? err.stack || err : err.message}`);
    process.exit(2);
  },
);
