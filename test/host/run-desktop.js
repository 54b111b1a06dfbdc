// `npm run test:desktop`: the same compiled integration tests in desktop VS Code via @vscode/test-electron.
// Needs internet (it downloads VS Code into .vscode-test/) and a display (or xvfb-run on Linux).
// Exit 0 pass, 1 test failure, 2 harness error.
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { repoRoot, cacheDir, workspaceDir } = require('./paths');
const { buildExtension, buildIntegrationTests } = require('./build');
const { createSession } = require('./session');
const { readResult, finish } = require('./result');

async function main() {
  buildExtension();
  const { indexJs } = await buildIntegrationTests();
  const session = createSession('desktop');
  const workspace = path.join(session.dir, path.basename(workspaceDir()));
  fs.cpSync(workspaceDir(), workspace, { recursive: true });
  const resultFile = path.join(session.dir, 'result.json');
  try {
    await runTests({
      version: process.env.HANDOFF_VSCODE_VERSION || 'stable',
      cachePath: cacheDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: indexJs,
      extensionTestsEnv: { HANDOFF_TEST_RESULT: resultFile },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out of the run
        '--disable-workspace-trust',
        `--user-data-dir=${path.join(session.dir, 'ud')}`,
      ],
    });
  } catch (err) {
    console.error(`[desktop] ${err.message || err}`); // a failing test lands here too; the result file tells which
  }
  const code = finish(readResult(resultFile), 'desktop');
  session.dispose();
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[desktop] harness error: ${err.status === undefined ? err.stack || err : err.message}`);
    process.exit(2);
  },
);
