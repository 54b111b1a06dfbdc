// `npm run test:web`: runs test/web/suite in code-server's web worker extension host (what
// vscode.dev and github.dev run extensions in), twice: on a `file:` copy of examples/ with the
// package forced into the worker, and on a `memfs:` virtual workspace holding the same files.
// The CLI's view of those files is injected into the suite. Recipe: shared/docs/WEB-HOST.md.
// Exit 0 pass, 1 test failure, 2 harness error or time-out.
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');
const { repoRoot, workspaceDir } = require('../host/paths');
const { ensureHost } = require('../host/install-host');
const { createSession } = require('../host/session');
const { startServer, installExtension, forceIntoWebWorker, workbenchUrl } = require('../host/server');
const { openPage, closeBrowser } = require('../host/browser');
const { summary } = require('../host/result');

const TIMEOUT_MS = Number(process.env.HANDOFF_TEST_TIMEOUT_MS) || 10 * 60_000; // two workbenches; about 1.5 min on a quiet machine
const verbose = !!process.env.HANDOFF_HOST_VERBOSE;
const EXTENSION_ID = 'handoff.handoff';
const MEMFS_ROOT = '/ws'; // test/web/memfs/extension.ts
const outDir = path.join(repoRoot, 'out', 'test', 'web'); // inside the extension: tests run in its host
const browserBundle = { bundle: true, format: 'cjs', platform: 'browser', target: 'es2022', define: { global: 'globalThis' }, conditions: ['worker'], logLevel: 'warning' };

/** The CLI on the workspace: what the tree and the Problems panel must show. */
function cliView(workspace) {
  const cli = (...args) => {
    try {
      return execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args, '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
    } catch (error) {
      if (error.status === 1) return error.stdout; // lint: problems found
      throw error;
    }
  };
  const problems = JSON.parse(cli('lint')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`).sort();
  const open = JSON.parse(cli('list')).map((h) => h.file).sort();
  const all = JSON.parse(cli('list', '--all')).map((h) => h.file).sort();
  return { problems, open, all };
}

/** The suite, bundled for the worker with what it must find on a workspace of this scheme. */
async function buildSuite(scheme, expected) {
  const outfile = path.join(outDir, scheme, 'index.js'); // file: folders reach the worker as vscode-remote:
  await esbuild.build({
    ...browserBundle,
    entryPoints: [path.join(repoRoot, 'test', 'web', 'suite', 'index.ts')],
    outfile,
    external: ['vscode'],
    sourcemap: 'inline',
    define: { ...browserBundle.define, WEB_TEST: JSON.stringify({ scheme, ...expected }) },
  });
  return outfile;
}

/** The memfs: helper extension, seeded with the workspace's text files, packaged as a .vsix. */
async function buildMemfsVsix(dir, workspace) {
  const seed = {};
  for (const rel of fs.readdirSync(workspace, { recursive: true }).map(String).sort()) {
    const file = path.join(workspace, rel);
    if (fs.statSync(file).isFile()) seed[rel.split(path.sep).join('/')] = fs.readFileSync(file, 'utf8');
  }
  const ext = path.join(dir, 'memfs-extension');
  fs.mkdirSync(ext, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'memfs', 'package.json'), path.join(ext, 'package.json'));
  fs.writeFileSync(path.join(ext, 'README.md'), 'Test only: an in-memory file system for `npm run test:web`.\n');
  await esbuild.build({
    ...browserBundle,
    entryPoints: [path.join(__dirname, 'memfs', 'extension.ts')],
    outfile: path.join(ext, 'extension.js'),
    external: ['vscode'],
    define: { ...browserBundle.define, MEMFS_SEED: JSON.stringify(seed) },
  });
  const vsix = path.join(dir, 'memfs.vsix');
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: ext, stdio: verbose ? 'inherit' : 'pipe' });
  return vsix;
}

/** One workbench page on `folder`, running the suite; resolves with the suite's result line, or undefined. */
async function runSuite(browser, server, label, folder, suite) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let result;
  let started = false; // before the suite's first line, the log is workbench start-up chatter
  let onExit;
  const exited = new Promise((resolve) => (onExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    const isError = type === 'error' || type === 'warn';
    const match = /^\[web\] result (\{.*\})$/.exec(line);
    if (match) result = JSON.parse(match[1]);
    if (started || line.startsWith('[web] VS Code')) {
      started = true;
      (isError ? console.error : console.log)(`[${label}] ${line}`);
    } else if (verbose) {
      console.error(`[workbench] ${line}`);
    }
  });
  page.on('pageerror', (err) => verbose && console.error(`[page] ${err.message}`));
  await page.goto(workbenchUrl(server, folder, { extensionDevelopmentPath: repoRoot, extensionTestsPath: suite }), { timeout: 120_000 }); // a busy machine serves the workbench slowly
  const code = await exited;
  await page.close().catch(() => {});
  console.log(`[web] ${label}: host exit code ${code}${result ? `, ${summary(result)}` : ', no result'}`);
  return result;
}

async function main() {
  const started = Date.now();
  const phase = (what) => console.log(`[web] ${what} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  ensureHost();
  // What ships: minified, as in the .vsix (the activation line measures it).
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: repoRoot, stdio: 'inherit' });

  const session = createSession('web', { timeoutMs: TIMEOUT_MS });
  const workspace = path.join(session.dir, path.basename(workspaceDir()));
  fs.cpSync(workspaceDir(), workspace, { recursive: true });
  const expected = cliView(workspace);
  fs.rmSync(outDir, { recursive: true, force: true });
  const suites = { file: await buildSuite('vscode-remote', expected), memfs: await buildSuite('memfs', expected) };
  installExtension(session.dir, await buildMemfsVsix(session.dir, workspace));
  forceIntoWebWorker(session.dir, EXTENSION_ID);
  phase('built and installed');

  const server = await startServer(session.dir);
  session.onDispose(server.kill);
  const { browser, page } = await openPage();
  await page.close();
  phase('server and browser up');
  const results = [
    await runSuite(browser, server, 'file', workspace, suites.file),
    await runSuite(browser, server, 'memfs', `memfs:${MEMFS_ROOT}`, suites.memfs),
  ];
  await closeBrowser(browser);
  session.dispose();
  console.log(`[web] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (results.some((r) => !r || r.passed === 0)) {
    console.error('[web] a run reported no result: the suite did not load, or the extension ran outside the worker');
    return 2;
  }
  const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, pending: sum.pending + r.pending }), { passed: 0, failed: 0, pending: 0 });
  console.log(`[web] ran in ${results[0].appName} / VS Code ${results[0].vscode}, web worker host`);
  console.log(summary(total));
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[web] harness error: ${err.status === undefined ? err.stack || err : err.message}`);
    process.exit(2);
  },
);
