// The authoring step of `npm run test:ui`: New Handoff from the command palette, as a person
// would (pick a type, type a title), then status completion in the new document's front-matter.
const { runPalette } = require('./ui-dashboard');

const TITLE = 'Acme Corp onboarding';

async function authoringStep({ page, check, report, shot }) {
  const input = page.locator('.quick-input-widget input');
  // Runs after the dashboard's theme checks: back to the light theme for the picture.
  await runPalette(page, 'Preferences: Color Theme');
  await input.fill('Default Light Modern');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Default Light Modern' }).first().click();
  await runPalette(page, 'Handoff: New Handoff');
  await input.fill('Sales to Customer Success');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Sales to Customer Success' }).first().click();
  await page.locator('.quick-input-widget', { hasText: 'What is being handed off?' }).waitFor({ timeout: 10_000 });
  await input.fill(TITLE);
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab[aria-label*="acme-corp-onboarding.md"]').first();
  check('New Handoff opens <date>-acme-corp-onboarding.md', await tab.waitFor({ timeout: 15_000 }).then(() => true, () => false));

  // Replace `draft` on the status line and ask for suggestions.
  await page.keyboard.press('Control+P');
  await input.fill(':4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget .monaco-list-row');
  const shown = await rows.first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
  const labels = shown ? (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim()) : [];
  report('Status suggestions', labels.join(', ') || 'none');
  check('status completion offers the configured statuses', ['accepted', 'done', 'open'].every((s) => labels.some((l) => l.startsWith(s))));
  await shot(page, '06-authoring');
  await page.keyboard.press('Escape');
}

module.exports = { authoringStep };
