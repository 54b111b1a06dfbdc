// Git for the tests that build real repositories in temp folders (changed files, history).
import { execFileSync } from 'node:child_process';

/** True when a `git` is on PATH: such tests skip without one. */
export function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
