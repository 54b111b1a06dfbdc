// The `handoff` executable: the only module that touches process (argv, stdout, stderr, exit code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli';
import { NodeFileSystem, toPortablePath } from './node-file-system';
import { errorLine } from './workspace';

function fail(error: unknown): void {
  process.stderr.write(`handoff: ${errorLine(error)}\n`);
  process.exitCode = 2;
}

// `handoff list | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

/** The version in package.json, which sits one folder above dist/cli.js. */
function packageVersion(): string {
  try {
    const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    const version = (json as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

runCli(process.argv.slice(2), {
  cwd: toPortablePath(process.cwd()),
  fs: new NodeFileSystem(),
  version: packageVersion(),
  output: {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  },
}).then((code) => {
  process.exitCode = code;
}, fail);
