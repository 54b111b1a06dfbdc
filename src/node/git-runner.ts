// The one GitRunner over Node's child_process, shared by the CLI and the desktop extension (src/node
// is for Node implementations of core ports; the web build never reaches it).
import { execFile } from 'node:child_process';
import type { GitRunner } from '../core/index';

export function nodeGit(timeoutMs = 60_000): GitRunner {
  return {
    run: (args, cwd) =>
      new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs, windowsHide: true }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        );
      }),
  };
}
