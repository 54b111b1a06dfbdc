// `npm run test:fuzz`: builds dist/ (the CLI under test) and the fuzz harness, then runs it
// (test/fuzz/main.ts; arguments pass through, e.g. `npm run test:fuzz -- --count 10000`).
const path = require('node:path');
const { buildExtension, bundleForNode } = require('../host/build');
const { repoRoot } = require('../host/paths');

async function run() {
  buildExtension();
  const outfile = path.join(repoRoot, 'out', 'test', 'fuzz', 'main.js');
  await bundleForNode({ entryPoints: [path.join(__dirname, 'main.ts')], outfile });
  require(outfile);
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
