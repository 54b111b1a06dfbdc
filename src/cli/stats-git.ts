// Git history for `handoff stats`: per scanned folder, one batched `git log` for first-seen dates
// and one for status changes, over all its handoff files at once. Not a git repository, no git
// installed, or any other failure: no history, silently (the numbers that need it are left out).
import { execFile } from 'node:child_process';
import {
  EMPTY_HISTORY,
  MARKDOWN_EXTENSIONS,
  firstSeenArgs,
  isWithin,
  join,
  keyHistory,
  mergeHistories,
  parseFirstSeen,
  parseStatusChanges,
  relative,
  statusChangesArgs,
  type HandoffHistory,
} from '../core/index';

/** Runs git with `args` in `cwd`; resolves with its stdout, or undefined when it failed. */
export type GitRunner = (cwd: string, args: readonly string[]) => Promise<string | undefined>;

export const nodeGit: GitRunner = (cwd, args) =>
  new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000, windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });

/**
 * The history of `files` (absolute, '/'-separated), keyed by `keyOf(file)`. `folders` are the
 * scanned roots: git runs once per folder (twice: the two commands run side by side), over the
 * files below it.
 */
export async function readHistory(
  git: GitRunner,
  folders: readonly string[],
  files: readonly string[],
  keyOf: (file: string) => string,
): Promise<HandoffHistory> {
  const remaining = new Set(files);
  const jobs: Promise<HandoffHistory>[] = [];
  for (const folder of folders) {
    const mine = [...remaining].filter((f) => isWithin(folder, f));
    if (!mine.length) continue;
    for (const f of mine) remaining.delete(f);
    jobs.push(folderHistory(git, folder, mine, keyOf));
  }
  return mergeHistories(await Promise.all(jobs));
}

async function folderHistory(git: GitRunner, folder: string, files: readonly string[], keyOf: (file: string) => string): Promise<HandoffHistory> {
  const rel = files.map((f) => relative(folder, f));
  const [added, changes] = await Promise.all([git(folder, firstSeenArgs(rel, MARKDOWN_EXTENSIONS)), git(folder, statusChangesArgs(rel, MARKDOWN_EXTENSIONS))]);
  if (added === undefined && changes === undefined) return EMPTY_HISTORY;
  const wanted = new Set(files);
  return keyHistory(parseFirstSeen(added ?? ''), parseStatusChanges(changes ?? ''), (p) => {
    const file = join(folder, p);
    return wanted.has(file) ? keyOf(file) : undefined;
  });
}
