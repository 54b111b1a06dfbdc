// `npm start`: a real VS Code (code-server) in the browser with Handoff loaded from this checkout
// on a copy of examples/ with its dates moved to today (evergreen.js). Ctrl+C stops it and
// everything it started, and removes the copy.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { repoRoot, workspaceDir } = require('./paths');
const { ensureHost } = require('./install-host');
const { buildExtension } = require('./build');
const { copyEvergreen, localDate } = require('./evergreen');
const { createSession } = require('./session');
const { startServer, workbenchUrl } = require('./server');

function openInDesktopBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const opener = ['/usr/bin/xdg-open', '/usr/local/bin/xdg-open'].find((p) => fs.existsSync(p));
  if (opener) spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}

async function main() {
  ensureHost();
  buildExtension();
  const session = createSession('start', { signalExitCode: 0 });
  const server = await startServer(session.dir, { port: Number(process.env.HANDOFF_PORT) || undefined });
  session.onDispose(server.kill);

  const folder = path.join(session.dir, path.basename(workspaceDir()));
  const days = copyEvergreen(workspaceDir(), folder, localDate());
  const url = workbenchUrl(server, folder, { extensionDevelopmentPath: repoRoot });
  console.log(`\nHandoff in VS Code on a copy of ${path.relative(repoRoot, workspaceDir())} with its dates moved ${days} days to today (${folder}, removed on stop):\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  openInDesktopBrowser(url);

  const how = await server.exited;
  console.error(`[start] code-server stopped unexpectedly (${how}):\n${server.log()}`);
  process.exit(1);
}

main().catch((err) => {
  console.error(`[start] ${err.stack || err}`);
  process.exit(2);
});
