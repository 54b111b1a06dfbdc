// Checks the Debian packages the host needs; installs them with apt-get when we may (root on Debian).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('./paths');

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, cmd)));
}

// Each need: a cheap probe, and the apt package that satisfies it.
const NEEDS = [
  { apt: 'chromium', ok: () => fs.existsSync(chromium), buildOnly: false },
  { apt: 'ripgrep', ok: () => fs.existsSync('/usr/bin/rg'), buildOnly: true },
  { apt: 'libkrb5-dev', ok: () => fs.existsSync('/usr/include/gssapi/gssapi.h'), buildOnly: true },
  { apt: 'build-essential', ok: () => onPath('g++') && onPath('make'), buildOnly: true },
  { apt: 'python3', ok: () => onPath('python3'), buildOnly: true },
  { apt: 'pkg-config', ok: () => onPath('pkg-config'), buildOnly: true },
];

/** Apt packages still missing; with runtimeOnly, only those needed to run an installed host. */
function missingPackages({ runtimeOnly = false } = {}) {
  return NEEDS.filter((n) => !(runtimeOnly && n.buildOnly) && !n.ok()).map((n) => n.apt);
}

function canApt() {
  return process.getuid?.() === 0 && fs.existsSync('/etc/debian_version') && onPath('apt-get');
}

/** Installs what is missing, or prints the command and exits 2 when it cannot. */
function ensureSystemPackages(options) {
  const missing = missingPackages(options);
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!canApt()) {
    console.error(`[host] missing system packages: ${missing.join(', ')}. Install them with:\n  sudo sh -c '${cmd}'`);
    process.exit(2);
  }
  console.log(`[host] installing system packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('sh', ['-c', cmd], { stdio: 'inherit', env });
  const still = missingPackages(options);
  if (still.length) {
    console.error(`[host] still missing after apt-get: ${still.join(', ')}`);
    process.exit(2);
  }
}

module.exports = { ensureSystemPackages, missingPackages };
