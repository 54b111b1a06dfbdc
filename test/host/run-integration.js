// `npm run test:integration`: runs the mocha suite inside a real VS Code extension host (code-server),
// driven by headless chromium. Exit 0 pass, 1 test failure, 2 harness error or time-out.
// `--restricted` (npm run test:restricted): workspace trust on, the folder untrusted, only the
// 'Restricted Mode' suite, and a `git` on PATH that records every run (there must be none).
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { repoRoot, workspaceDir } = require('./paths');
const { ensureHost } = require('./install-host');
const { buildExtension, buildIntegrationTests } = require('./build');
const { createSession } = require('./session');
const { startServer, workbenchUrl } = require('./server');
const { openPage, closeBrowser } = require('./browser');
const { extensionLogErrors } = require('./logs');
const { readResult, finish } = require('./result');

const TIMEOUT_MS = Number(process.env.HANDOFF_TEST_TIMEOUT_MS) || 5 * 60_000;
const HARMLESS = /ENOTFOUND open-vsx\.org/; // the marketplace is offline by design
const verbose = !!process.env.HANDOFF_HOST_VERBOSE;
const EXTENSION_ID = 'handoff.handoff';
const restricted = process.argv.includes('--restricted');

/** Puts a `git` first on PATH that appends its arguments to a log, then runs the real git. */
function recordGit(dir) {
  const bin = path.join(dir, 'git-recorder');
  const log = path.join(dir, 'git-runs.log');
  const realGit = require('node:child_process').execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(log, '');
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
  process.env.HANDOFF_GIT_LOG = log;
  // Otherwise the server takes PATH from a login shell (resolveShellEnv) and the recorder is lost.
  process.env.VSCODE_CLI = '1';
}

async function main() {
  const started = Date.now();
  ensureHost();
  buildExtension();
  const { indexJs } = await buildIntegrationTests();

  const session = createSession(restricted ? 'restricted' : 'integration', { timeoutMs: TIMEOUT_MS });
  // Tests may write files: they get a throwaway copy of the workspace.
  const workspace = path.join(session.dir, path.basename(workspaceDir()));
  fs.cpSync(workspaceDir(), workspace, { recursive: true });
  console.log(`[integration] workspace: copy of ${path.relative(repoRoot, workspaceDir())}`);

  const resultFile = path.join(session.dir, 'result.json');
  process.env.HANDOFF_TEST_RESULT = resultFile; // reaches the extension host through the server's environment
  if (restricted) {
    recordGit(session.dir);
    process.env.HANDOFF_RESTRICTED = '1';
    process.env.MOCHA_GREP = 'Restricted Mode';
  }
  const server = await startServer(session.dir, { workspaceTrust: restricted });
  session.onDispose(server.kill);
  const { browser, page } = await openPage();

  let testsStarted = false; // before the runner's first line, the log is workbench start-up chatter
  let onExit;
  const exitCode = new Promise((resolve) => (onExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    const isError = type === 'error' || type === 'warn';
    if (testsStarted || line.startsWith('[integration] VS Code')) {
      testsStarted = true;
      (isError ? console.error : console.log)(line);
    } else if (verbose || (isError && !HARMLESS.test(line))) {
      console.error(`[workbench] ${line}`);
    }
  });
  page.on('pageerror', (err) => verbose && console.error(`[page] ${err.message}`));

  // Playwright's 30 s default fails on a busy shared machine; the run's own time-out still applies.
  await page.goto(workbenchUrl(server, workspace, { extensionDevelopmentPath: repoRoot, extensionTestsPath: indexJs }), { timeout: 180_000 });
  const code = await exitCode;

  await closeBrowser(browser);
  const result = readResult(resultFile);
  // An error the extension logged fails the run even when every test passed.
  const logErrors = extensionLogErrors(session.dir, EXTENSION_ID);
  session.dispose();
  console.log(`[integration] done in ${((Date.now() - started) / 1000).toFixed(1)} s (host exit code ${code})`);
  if (result && logErrors.length > 0) {
    console.error(`[integration] ${logErrors.length} error(s) in ${EXTENSION_ID}'s log:\n  ${logErrors.join('\n  ')}`);
    result.failed += 1;
  }
  return finish(result, 'integration');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[integration] harness error: ${err.status === undefined ? err.stack || err : err.message}`);
    process.exit(2);
  },
);
