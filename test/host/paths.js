// Where the offline VS Code host (code-server) lives, shared by every host script.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const codeServerVersion = '4.100.3';
const cacheDir = path.join(repoRoot, '.vscode-test');
const installDir = path.join(cacheDir, `code-server-${codeServerVersion}`);
const codeServerDir = path.join(installDir, 'node_modules', 'code-server');

module.exports = {
  repoRoot,
  codeServerVersion,
  cacheDir,
  installDir,
  codeServerDir,
  entryJs: path.join(codeServerDir, 'out', 'node', 'entry.js'),
  stampFile: path.join(installDir, '.installed'),
  chromium: process.env.HANDOFF_CHROMIUM || '/usr/bin/chromium',
  screenshotsDir: path.join(repoRoot, 'test-results', 'screenshots'),
};

/** The workspace the host opens: a copy of examples/ (the runners copy it when tests may write). */
function workspaceDir() {
  return path.join(repoRoot, 'examples');
}

module.exports.workspaceDir = workspaceDir;
