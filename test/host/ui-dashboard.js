// The dashboard step of `npm run test:ui`: opens Handoff: Show Dashboard from the command palette,
// reads the numbers the webview drew, screenshots it in the dark, light and high-contrast themes,
// and clicks an overdue entry the way a person would.
const path = require('node:path');

const THEMES = [
  { name: 'light', theme: 'Default Light Modern', bodyClass: 'vscode-light' },
  { name: 'dark', theme: 'Default Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'high-contrast', theme: 'Default High Contrast', bodyClass: 'vscode-high-contrast' },
];

/** The dashboard's document: the webview's outer iframe holds the page in #active-frame. */
function dashboardFrame(page) {
  return page.frameLocator('iframe.webview').first().frameLocator('iframe#active-frame');
}

/** Switches the color theme as a person would: Preferences: Color Theme, then the theme's name. */
async function setTheme(page, theme) {
  await runPalette(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Default Dark Modern' }).first().waitFor({ timeout: 10_000 });
  await input.fill(theme.theme);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: theme.theme }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  // The webview's body gets the theme's class once the workbench has applied the theme.
  await dashboardFrame(page).locator(`body.${theme.bodyClass}`).waitFor({ timeout: 20_000 });
  await page.mouse.move(900, 300);
  // Let the repaint settle (and a theme switch's "Activating Extensions…" leave the status bar).
  await page.locator('.part.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  await page.waitForTimeout(500);
}

/** Runs a command from the palette, clicking the row whose label starts with `title` (not merely the first row). */
async function runPalette(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  const startsWith = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: startsWith }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/**
 * Returns the names of the screenshots taken. `check`, `report` and `shot` are run-ui.js's helpers.
 */
async function dashboardStep({ page, check, report, shot }) {
  await runPalette(page, 'Handoff: Show Dashboard');
  const frame = dashboardFrame(page);
  const total = frame.locator('[data-card="total"] .value');
  const drawn = await total.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  check('dashboard webview draws its cards', drawn);
  if (!drawn) return [];
  const cards = {};
  for (const id of ['total', 'open', 'overdue', 'stale', 'age']) cards[id] = (await frame.locator(`[data-card="${id}"] .value`).innerText()).trim();
  report('Dashboard cards', JSON.stringify(cards));
  // examples/ holds 17 handoffs, 15 of them open (done and cancelled are closed).
  check('dashboard shows the 24 example handoffs (17 + 7 journey stages), 15 open', cards.total === '24' && cards.open === '15', JSON.stringify(cards));
  const teams = await frame.locator('[data-chart="receiver"] .bar').count();
  check('dashboard draws the team load bars and the heat table', teams > 0 && (await frame.locator('table.heatmap td.heat').count()) > 0);

  // A clean picture: the Handoffs view beside the dashboard, no panel below.
  if (await page.locator('.part.panel').isVisible().catch(() => false)) await runPalette(page, 'View: Hide Panel').catch(() => {});

  const shots = [];
  for (const theme of THEMES) {
    // One retry: a keystroke can land while the webview still holds the focus.
    const error = await setTheme(page, theme).then(() => undefined, () => setTheme(page, theme).then(() => undefined, (e) => e));
    const ok = !error;
    check(`dashboard follows the ${theme.name} theme`, ok, error ? String(error.message).split('\n')[0] : '');
    if (process.env.HANDOFF_UI_DEBUG && error) await shot(page, `debug-theme-${theme.name}`);
    if (!ok) continue;
    const name = `04-dashboard-${theme.name}`;
    await shot(page, name);
    shots.push(name);
    if (theme.name === 'light') {
      // The lower half: overdue and stale lists, types, problems, time to accept and to done.
      await dashboardFrame(page).locator('table.durations').scrollIntoViewIfNeeded();
      await shot(page, '05-dashboard-light-lists');
      shots.push('05-dashboard-light-lists');
      // The Journeys section: three complete journeys of examples/, the dropped Quarry Lane lead.
      const journeys = dashboardFrame(page).locator('section.panel.journeys');
      const complete = (await dashboardFrame(page).locator('[data-card="journeys-complete"] .value').innerText().catch(() => '')).trim();
      const dropped = await journeys.locator('[data-list="dropped"] button.ref').count();
      check('dashboard draws the Journeys section: 3 complete, 1 dropped handoff', complete === '3' && dropped === 1, JSON.stringify({ complete, dropped }));
      await journeys.scrollIntoViewIfNeeded();
      await dashboardFrame(page).locator('table.journeys').scrollIntoViewIfNeeded();
      await shot(page, '06-dashboard-light-journeys');
      shots.push('06-dashboard-light-journeys');
      await dashboardFrame(page).locator('h1').scrollIntoViewIfNeeded();
    }
  }

  // Clicking an overdue entry opens its document in an editor.
  const entry = frame.locator('[data-list="overdue"] button.ref').first();
  if (await entry.count()) {
    const file = path.basename(decodeURIComponent((await entry.getAttribute('data-path')) || ''));
    await entry.click();
    const tab = page.locator(`.tabs-container .tab[aria-label*="${file}"]`).first();
    check(`clicking the overdue entry opens ${file}`, await tab.waitFor({ timeout: 15_000 }).then(() => true, () => false));
  } else {
    report('Dashboard overdue list', 'empty');
  }
  return shots;
}

module.exports = { dashboardStep, runPalette };
