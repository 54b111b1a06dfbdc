// Starts and stops code-server (the VS Code host) with a per-run data folder inside a session's dir.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { entryJs } = require('./paths');

const verbose = !!process.env.HANDOFF_HOST_VERBOSE;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Folders and environment that keep code-server out of $HOME and the shared /tmp. */
function hostLayout(dataDir, { workspaceTrust = false } = {}) {
  const layout = {
    userData: path.join(dataDir, 'ud'),
    extensions: path.join(dataDir, 'ext'),
    config: path.join(dataDir, 'config.yaml'),
    tmp: path.join(dataDir, 'tmp'),
  };
  for (const dir of [layout.extensions, layout.tmp, path.join(layout.userData, 'User')]) fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(layout.config)) fs.writeFileSync(layout.config, 'auth: none\ncert: false\n');
  const settings = path.join(layout.userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    const quiet = {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      // With workspace trust on, the folder opens untrusted (Restricted Mode) and nobody is asked.
      ...(workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {}),
    };
    fs.writeFileSync(settings, JSON.stringify(quiet, null, 2));
  }
  layout.env = { ...process.env, XDG_CONFIG_HOME: dataDir, XDG_DATA_HOME: dataDir, TMPDIR: layout.tmp };
  layout.args = ['--user-data-dir', layout.userData, '--extensions-dir', layout.extensions, '--config', layout.config];
  return layout;
}

/** Installs a .vsix into the run's extensions folder. */
function installExtension(dataDir, vsix) {
  const { env, args } = hostLayout(dataDir);
  execFileSync(process.execPath, [entryJs, ...args, '--install-extension', vsix], { env, stdio: verbose ? 'inherit' : 'pipe' });
}

/**
 * Makes VS Code run an extension that has both `main` and `browser` in the web worker host, as
 * vscode.dev does (by default it goes to the Node host). Call before starting the server.
 */
function forceIntoWebWorker(dataDir, extensionId) {
  const settings = path.join(hostLayout(dataDir).userData, 'User', 'settings.json');
  const current = JSON.parse(fs.readFileSync(settings, 'utf8'));
  fs.writeFileSync(settings, JSON.stringify({ ...current, 'remote.extensionKind': { [extensionId]: ['web'] } }, null, 2));
}

/**
 * Starts the server in its own process group. With `workspaceTrust`, workspace trust is on and
 * the folder opens in Restricted Mode. Resolves once it listens, with `port`, `origin`,
 * `log()` (recent output), `exited` (a promise) and a synchronous `kill()` that ends the whole group.
 */
async function startServer(dataDir, { port, timeoutMs = 60_000, args: extraArgs = [], workspaceTrust = false } = {}) {
  const { env, args } = hostLayout(dataDir, { workspaceTrust });
  port ||= await freePort();
  const child = spawn(
    process.execPath,
    [entryJs, ...args, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--ignore-last-opened', ...extraArgs],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const recent = [];
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL'); // the file watcher and language servers outlive the server otherwise
    } catch {
      // group already gone
    }
  };
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal || code)));
  const server = { port, origin: `http://127.0.0.1:${port}`, pid: child.pid, kill, exited, log: () => recent.join('') };

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      recent.push(text);
      if (recent.length > 200) recent.shift();
      if (verbose) process.stderr.write(`[code-server] ${text}`);
      if (text.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${signal || code}):\n${server.log()}`));
    });
  }).catch((err) => {
    kill();
    throw err;
  });
  return server;
}

/** The workbench URL; `payload` pairs become VS Code's dev/test options (host and port must match the page). */
function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = `folder=${encodeURIComponent(folder)}` + (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  return `${server.origin}/?${query}`;
}

module.exports = { startServer, installExtension, forceIntoWebWorker, workbenchUrl };
