// Where paths are shown from: the repository root (json, sarif, github) and the current folder (text).
import { basename, dirname, join, relative, type GitRunner } from '../core/index';
import type { CliContext } from './context';
import { gitOutput } from './git-output';
import { withoutCredentials } from './stats-merge';

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

/**
 * The repository a report is about, so reports of several can be merged without mixing their
 * paths: the URL of its `origin` remote without credentials, else the name of its root folder.
 */
export async function repositoryName(ctx: CliContext, git: GitRunner | undefined): Promise<string> {
  const root = await repositoryRoot(ctx);
  const url = git && (await gitOutput(git, root, ['remote', 'get-url', 'origin']))?.trim();
  return url ? withoutCredentials(url) : basename(root) || root;
}
