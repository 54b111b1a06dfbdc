// `handoff lint --changed-since REF`: the Markdown files added or modified since the merge-base of
// REF and HEAD, uncommitted and untracked ones included, plus every file governed by a changed
// `.handoff.yml`. Three git commands and a stat per changed file: no walk of the repository.
import {
  CONFIG_FILE_NAMES,
  MARKDOWN_EXTENSIONS,
  basename,
  dirname,
  extname,
  findMarkdownFiles,
  join,
  type ConfigInForce,
  type FileSystem,
  type FoundFile,
} from '../core/index';
import { CliError } from './args';
import type { GitRunner } from '../core/index';
import { gitOutput } from './git-output';
import type { Targets } from './targets';

interface Changes {
  /** Absolute paths of files that exist now and differ from the merge-base (or are untracked). */
  readonly files: readonly string[];
  /** Absolute paths of config files changed, added or deleted. */
  readonly configs: readonly string[];
}

/** What git says changed since `ref`; exit 2 outside a repository or for an unknown `ref`. */
export async function gitChanges(runner: GitRunner, cwd: string, ref: string): Promise<Changes> {
  const git = (at: string, args: readonly string[]) => gitOutput(runner, at, args);
  const top = (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) throw new CliError(`--changed-since needs a git repository, and ${cwd} is not in one (or git is not installed)`);
  if ((await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])) === undefined) {
    throw new CliError(`--changed-since: unknown git revision '${ref}' (fetch it first, e.g. git fetch origin main, or with fetch-depth: 0 in CI)`);
  }
  const base = (await git(cwd, ['merge-base', '--end-of-options', ref, 'HEAD']))?.trim();
  if (!base) throw new CliError(`--changed-since: '${ref}' and HEAD have no common commit`);
  const [diff, untracked, deleted] = await Promise.all([
    git(top, ['diff', '--name-only', '--no-renames', '-z', '--diff-filter=d', base, '--']),
    git(top, ['ls-files', '--others', '--exclude-standard', '-z']),
    git(top, ['diff', '--name-only', '--no-renames', '-z', '--diff-filter=D', base, '--']),
  ]);
  if (diff === undefined || untracked === undefined || deleted === undefined) throw new CliError(`--changed-since: git could not list the changes since '${ref}'`);
  const paths = (out: string) => out.split('\0').filter(Boolean).map((p) => join(top, p));
  const present = [...paths(diff), ...paths(untracked)];
  const isConfig = (p: string) => (CONFIG_FILE_NAMES as readonly string[]).includes(basename(p));
  return { files: present, configs: [...present, ...paths(deleted)].filter(isConfig) };
}

/**
 * The files to lint: changed Markdown files the targets include, and the Markdown files below a
 * changed config that it governs now (all of them when it was deleted: their config changed too).
 */
export async function changedMarkdownFiles(
  fs: FileSystem,
  changes: Changes,
  targets: Targets,
  configFor: (folder: string) => Promise<ConfigInForce>,
): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>();
  for (const path of changes.files) {
    if (!MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase()) || path.includes('/node_modules/') || !targets.includes(path)) continue;
    try {
      const stat = await fs.stat(path);
      if (stat.kind === 'file') found.set(path, { path, size: stat.size, mtime: stat.mtime });
    } catch {
      // Gone since git looked: nothing to lint.
    }
  }
  for (const config of changes.configs) {
    const folder = dirname(config);
    const below = await findMarkdownFiles(fs, [folder], { excluded: targets.excluded });
    for (const file of below) {
      if (found.has(file.path) || !targets.includes(file.path)) continue;
      const governing = (await configFor(dirname(file.path))).file?.path;
      if (governing === config || !changes.files.includes(config)) found.set(file.path, file);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
