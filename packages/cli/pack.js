// `npm run package`, second half: packs the CLI's npm package (@handoff-md/cli) into the repository
// root, next to the .vsix. It ships the production CLI bundle and the libraries file it loads, both
// built by `node esbuild.js --production` (the .vsix's vscode:prepublish), and nothing else.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const here = __dirname;
const root = path.join(here, '..', '..');
const dist = path.join(here, 'dist');

const version = require(path.join(root, 'package.json')).version;
const own = require(path.join(here, 'package.json')).version;
if (own !== version) {
  console.error(`packages/cli/package.json is version ${own}, the extension ${version}: release them together`);
  process.exit(1);
}
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist);
for (const file of ['cli.js', 'libraries.js']) {
  const built = path.join(root, 'dist', file);
  if (fs.readFileSync(built, 'utf8').includes('sourceMappingURL')) {
    console.error(`dist/${file} is a development build; run node esbuild.js --production first`);
    process.exit(1);
  }
  fs.copyFileSync(built, path.join(dist, file));
}
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(here, 'LICENSE'));
const out = execFileSync('npm', ['pack', '--pack-destination', root, '--json'], { cwd: here, encoding: 'utf8' });
const [{ filename, size, unpackedSize }] = JSON.parse(out);
console.log(`${filename}: ${(size / 1024).toFixed(0)} KB packed, ${(unpackedSize / 1024).toFixed(0)} KB unpacked`);
