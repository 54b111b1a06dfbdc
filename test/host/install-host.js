// Installs code-server (a full VS Code build) into .vscode-test/ from the npm registry alone.
// Idempotent: a stamp file written last marks a complete install.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { codeServerVersion, installDir, codeServerDir, entryJs, stampFile } = require('./paths');
const { ensureSystemPackages } = require('./system-deps');

// @vscode/ripgrep's postinstall downloads rg unless this cached archive exists in $TMPDIR.
const RG_CACHE = {
  dir: 'vscode-ripgrep-cache-1.15.11',
  file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
};

function isInstalled() {
  try {
    return fs.readFileSync(stampFile, 'utf8').trim() === codeServerVersion && fs.existsSync(entryJs);
  } catch {
    return false;
  }
}

function hostVersion() {
  // A throwaway config home: otherwise code-server writes ~/.config/code-server/config.yaml.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-host-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home };
    const out = execFileSync(process.execPath, [entryJs, '--version'], { encoding: 'utf8', env });
    return out.split('\n').find((l) => /^\d+\.\d+\.\d+ /.test(l)) || out.trim();
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

function seedRipgrepCache(tmp) {
  const dir = path.join(tmp, RG_CACHE.dir);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-czf', path.join(dir, RG_CACHE.file), '-C', '/usr/bin', 'rg']);
}

function install() {
  ensureSystemPackages();
  console.log(`[host] installing code-server@${codeServerVersion} into ${installDir}`);
  const started = Date.now();
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  // Own package.json so npm does not walk up into the extension's.
  fs.writeFileSync(path.join(installDir, 'package.json'), '{ "private": true }\n');
  const tmp = fs.mkdtempSync(path.join(installDir, 'tmp-'));
  try {
    seedRipgrepCache(tmp);
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
      npm_config_ignore_scripts: 'false', // the postinstalls are the install
    };
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${codeServerVersion}`], {
      cwd: installDir,
      env,
      stdio: 'inherit',
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const version = hostVersion();
  if (!version.startsWith(codeServerVersion)) throw new Error(`unexpected host version: ${version}`);
  // --version works even when code-server's postinstall did not run; VS Code itself does not.
  if (!fs.existsSync(path.join(codeServerDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'))) {
    throw new Error('code-server postinstall did not complete (lib/vscode/node_modules is incomplete)');
  }
  fs.writeFileSync(stampFile, `${codeServerVersion}\n`);
  console.log(`[host] installed ${version} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Makes sure the host and chromium are there; fast when they already are. */
function ensureHost() {
  if (isInstalled()) {
    ensureSystemPackages({ runtimeOnly: true });
    return;
  }
  install();
}

module.exports = { ensureHost, isInstalled, hostVersion };

if (require.main === module) {
  try {
    ensureHost();
    if (process.argv.includes('--verify')) console.log(`[host] ${hostVersion()}`);
    else console.log(`[host] code-server ${codeServerVersion} ready`);
  } catch (err) {
    console.error(`[host] install failed: ${err.message}`);
    process.exit(2);
  }
}
