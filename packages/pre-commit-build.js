// postinstall: builds dist/ when this repository itself is installed with its devDependencies (a
// checkout: `npm install`, or pre-commit installing the handoff-lint hook, whose bin is
// dist/cli.js). Installed from a tarball there is nothing to build, and no esbuild to build with.
// Not `prepare`: npm runs that during `npm pack` too and prints its banner on stdout, where
// pre-commit reads the tarball's name.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
if (fs.existsSync(path.join(root, 'esbuild.js')) && fs.existsSync(path.join(root, 'node_modules', 'esbuild'))) {
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: root, stdio: 'inherit' });
}
