// Where paths are shown from: the repository root (json, sarif, github) and the current folder (text).
import { dirname, join, relative } from '../core/index';
import type { CliContext } from './context';

/**
 * The folder json, sarif and github output name files from, so that code scanning and annotations
 * find them whatever the working folder: GITHUB_WORKSPACE when set, else the nearest folder
 * holding `.git` (a folder, or a file in a worktree) at or above the current one, else the current one.
 */
export async function repositoryRoot(ctx: CliContext): Promise<string> {
  const workspace = ctx.env?.GITHUB_WORKSPACE;
  if (workspace) return join(ctx.cwd, workspace.replace(/\\/g, '/'));
  for (let dir = ctx.cwd; ; ) {
    try {
      await ctx.fs.stat(join(dir, '.git'));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return ctx.cwd;
      dir = parent;
    }
  }
}

/** A path as shown to the user and written in reports: relative to the current folder, '/'-separated. */
export function displayPath(ctx: CliContext, path: string): string {
  return relative(ctx.cwd, path) || '.';
}

