// `npm run bench`: builds what the benchmark measures and runs it (bench/main.ts).
// 1. The production bundles (the project's own esbuild.js --production), built in
//    bench/.work/build/ so the shared dist/ is left alone; that folder is also the extension the
//    activation measure loads (package.json copied, src/media/docs/... linked).
// 2. The benchmark's TypeScript, bundled into bench/.work/out/ the way the integration tests are.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { bundleForNode } = require('../test/host/build.js');

const root = path.resolve(__dirname, '..');
const work = path.join(__dirname, '.work');
const build = path.join(work, 'build');
const out = path.join(work, 'out');

function prepareBuildFolder() {
  fs.mkdirSync(build, { recursive: true });
  for (const name of ['src', 'node_modules', 'media', 'docs', 'snippets', 'schemas']) {
    const link = path.join(build, name);
    if (!fs.existsSync(path.join(root, name)) || fs.existsSync(link)) continue;
    fs.symlinkSync(path.join(root, name), link, 'dir');
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(build, 'package.json'));
  fs.rmSync(path.join(build, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production'], { cwd: build, stdio: 'inherit' });
}

async function bundleBench() {
  await bundleForNode({ entryPoints: ['main.ts', 'probe.ts', 'host-probe.ts'].map((f) => path.join(__dirname, f)), outdir: out });
}

async function main() {
  const started = Date.now();
  prepareBuildFolder();
  await bundleBench();
  process.stderr.write(`[bench] built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const r = spawnSync(process.execPath, [path.join(out, 'main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
  return r.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench] ${error.stack || error}`);
    process.exit(1);
  },
);
