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

/** The workspace the host opens: examples/ once it holds handoffs, else the small test fixture. */
function workspaceDir() {
  const fs = require('node:fs');
  const examples = path.join(repoRoot, 'examples');
  const hasHandoffs = fs.existsSync(examples) && fs.readdirSync(examples, { recursive: true }).some((f) => String(f).endsWith('.md'));
  return hasHandoffs ? examples : path.join(repoRoot, 'test', 'fixtures', 'workspace');
}

module.exports.workspaceDir = workspaceDir;
