// Headless Debian chromium driven by playwright-core (which downloads no browser of its own).
const { chromium: chromiumPath } = require('./paths');

const ARGS = [
  '--no-sandbox', // root in a container
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

// Loading the workbench takes seconds; on a loaded machine playwright's default 30 s is too little.
const PAGE_LOAD_TIMEOUT_MS = Number(process.env.HANDOFF_PAGE_LOAD_TIMEOUT_MS) || 120_000;

/** Launches chromium and opens one page of the given size. */
async function openPage({ width = 1400, height = 900 } = {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const page = await browser.newPage({ viewport: { width, height } });
  page.setDefaultNavigationTimeout(PAGE_LOAD_TIMEOUT_MS);
  return { browser, page };
}

/** Closes the browser, giving up after a few seconds (playwright kills it at process exit anyway). */
async function closeBrowser(browser) {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000).unref())]);
}

module.exports = { openPage, closeBrowser };
