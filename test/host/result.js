// The mocha result the integration runner (test/integration/index.ts) leaves in $HANDOFF_TEST_RESULT,
// turned into the closing line and exit code shared by every runner.
const fs = require('node:fs');

function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The plain closing line CI reads: `N passed, N failed[, N skipped]`. */
function summary(result) {
  return `${result.passed} passed, ${result.failed} failed` + (result.pending ? `, ${result.pending} skipped` : '');
}

/** Prints the summary and returns 0 pass, 1 failure, 2 harness error (no result, or no test ran). */
function finish(result, label) {
  if (!result) {
    console.error(`[${label}] no mocha result: the tests did not load or the host crashed`);
    return 2;
  }
  console.log(`[${label}] ran in ${result.appName} / VS Code ${result.vscode}`);
  console.log(summary(result));
  if (result.failed > 0) return 1;
  return result.passed > 0 ? 0 : 2; // running no test is not a pass
}

module.exports = { readResult, summary, finish };
