// Compiles what the host runs: the extension (esbuild.js) and the integration tests.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');
const { repoRoot } = require('./paths');

const srcDir = path.join(repoRoot, 'test', 'integration');
const outDir = path.join(repoRoot, 'out', 'test', 'integration');

/** Builds dist/ with the project's own esbuild.js (no type check: `npm run check-types` does that). */
function buildExtension() {
  execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Bundles TypeScript that runs in Node or in the extension host (tests, the benchmark): `vscode` stays external. */
function bundleForNode(options) {
  return esbuild.build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    ...options,
  });
}

/** Bundles index.ts (the mocha runner, mocha included so the host resolves nothing) and every *.test.ts. */
async function buildIntegrationTests() {
  const tests = fs.readdirSync(srcDir, { recursive: true }).filter((f) => f.endsWith('.test.ts'));
  fs.rmSync(outDir, { recursive: true, force: true }); // no stale tests from deleted files
  await bundleForNode({
    entryPoints: ['index.ts', ...tests].map((f) => path.join(srcDir, f)),
    outdir: outDir,
    outbase: srcDir,
    logOverride: { 'require-resolve-not-external': 'silent' }, // mocha's parallel mode, unused
  });
  return { outDir, indexJs: path.join(outDir, 'index.js'), count: tests.length };
}

module.exports = { buildExtension, buildIntegrationTests, bundleForNode, outDir };

if (require.main === module) {
  buildIntegrationTests().then(
    ({ count }) => console.log(`[build] ${count} integration test file(s) -> ${path.relative(repoRoot, outDir)}`),
    () => process.exit(1),
  );
}
