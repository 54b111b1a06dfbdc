// `handoff lint --changed-since REF`: the Markdown files added or modified since the merge-base of
// REF and HEAD, uncommitted and untracked ones included; every file governed by a changed
// `.handoff.yml`; and the handoffs linked to changed or deleted ones (the `follows`/`links` targets
// of a changed handoff, and the handoffs whose links point at one), so a journey's cross-document
// problems show where they arise. What a full run would leave out (.gitignore, node_modules, the
// path arguments' negations) is left out here too. A few git commands and a stat per changed
// file: no walk of the repository.
import {
  CONFIG_FILE_NAMES,
  MARKDOWN_EXTENSIONS,
  basename,
  dirname,
  extname,
  findMarkdownFiles,
  isWithin,
  join,
  walkLeavesOut,
  type FileSystem,
  type FoundFile,
  type GitRunner,
} from '../core/index';
import { CliError } from './args';
import { gitOutput } from './git-output';
import { readJourneyFacts, type ConfigFor, type LintSettings } from './lint-files';
import type { Targets } from './targets';

export interface Changes {
  /** The repository's top folder. */
  readonly top: string;
  /** Absolute paths of files that exist now and differ from the merge-base (or are untracked). */
  readonly files: readonly string[];
  /** Absolute paths of files deleted since the merge-base (a rename is a deletion and an addition). */
  readonly deleted: readonly string[];
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
    // Only .gitignore files, as the walk: what else git ignores (info/exclude) is left to the walk's filter.
    git(top, ['ls-files', '--others', '--exclude-per-directory=.gitignore', '-z']),
    git(top, ['diff', '--name-only', '--no-renames', '-z', '--diff-filter=D', base, '--']),
  ]);
  if (diff === undefined || untracked === undefined || deleted === undefined) throw new CliError(`--changed-since: git could not list the changes since '${ref}'`);
  const paths = (out: string) => out.split('\0').filter(Boolean).map((p) => join(top, p));
  const present = [...paths(diff), ...paths(untracked)];
  const gone = paths(deleted);
  const isConfig = (p: string) => (CONFIG_FILE_NAMES as readonly string[]).includes(basename(p));
  return { top, files: present, deleted: gone, configs: [...present, ...gone].filter(isConfig) };
}

/**
 * The files to lint: changed Markdown files, the Markdown files below a changed config that it
 * governs now (all of them when it was deleted: their config changed too), and the handoffs linked
 * to changed or deleted ones; each only if a full run over the same targets would lint it.
 */
export async function changedMarkdownFiles(
  fs: FileSystem,
  runner: GitRunner,
  changes: Changes,
  targets: Targets,
  configFor: ConfigFor,
  settings: LintSettings,
): Promise<FoundFile[]> {
  const leavesOut = walkLeavesOut(fs);
  /** The file as a full run finds it, or undefined when such a run would not lint it. */
  const take = async (path: string): Promise<FoundFile | undefined> => {
    if (!MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase()) || !targets.includes(path)) return undefined;
    let taken = false;
    for (const root of targets.roots) if (isWithin(root.path, path) && !(await leavesOut(root.path, path))) taken = true;
    if (!taken) return undefined;
    try {
      const stat = await fs.stat(path);
      return stat.kind === 'file' ? { path, size: stat.size, mtime: stat.mtime } : undefined;
    } catch {
      return undefined; // gone since git looked: nothing to lint
    }
  };
  const found = new Map<string, FoundFile>();
  for (const path of changes.files) {
    const file = await take(path);
    if (file) found.set(path, file);
  }
  const changed = [...found.values()];
  for (const config of changes.configs) {
    const folder = dirname(config);
    const below = await findMarkdownFiles(fs, [folder], { excluded: targets.excluded });
    for (const file of below) {
      if (found.has(file.path) || !targets.includes(file.path)) continue;
      const governing = (await configFor(dirname(file.path))).file?.path;
      if (governing === config || !changes.files.includes(config)) found.set(file.path, file);
    }
  }
  // The handoffs a changed one links to.
  const pointedAt = new Set(changes.deleted.filter((p) => MARKDOWN_EXTENSIONS.includes(extname(p).toLowerCase())));
  for (const file of changed) {
    const facts = await readJourneyFacts(fs, file, configFor, settings);
    if (facts) pointedAt.add(file.path);
    for (const link of [...(facts?.follows ?? []), ...(facts?.links ?? [])]) {
      if (link.path === undefined || found.has(link.path)) continue;
      const target = await take(link.path);
      if (target) found.set(target.path, target);
    }
  }
  // The handoffs linking to a changed handoff or a deleted file: git grep finds the files naming it, their links tell.
  for (const path of await filesMentioning(runner, changes.top, [...pointedAt].map(basename))) {
    if (found.has(path)) continue;
    const file = await take(path);
    const facts = file && (await readJourneyFacts(fs, file, configFor, settings));
    if (file && facts && [...facts.follows, ...facts.links].some((link) => link.path !== undefined && pointedAt.has(link.path))) found.set(path, file);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The tracked Markdown files whose text holds one of `names`, as written or percent-encoded (an
 * untracked file is a change itself, linted anyway).
 */
async function filesMentioning(runner: GitRunner, top: string, names: readonly string[]): Promise<string[]> {
  const patterns = [...new Set(names.flatMap((name) => [name, encodeURIComponent(name), name.replace(/ /g, '%20')]))];
  const files = new Set<string>();
  // In batches: one command line holds only so many patterns.
  for (let i = 0; i < patterns.length; i += 200) {
    const args = ['grep', '-l', '-z', '-I', '-F', ...patterns.slice(i, i + 200).flatMap((p) => ['-e', p]), '--', ':(icase)*.md', ':(icase)*.markdown'];
    // No match is exit 1, which reads as no output: nothing links here.
    for (const path of ((await gitOutput(runner, top, args)) ?? '').split('\0')) if (path) files.add(join(top, path));
  }
  return [...files];
}
