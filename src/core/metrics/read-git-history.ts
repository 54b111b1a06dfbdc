// Reads handoffs' git history through the GitRunner port: per folder, the two batched `git log`s of
// git-history.ts side by side (never one per file), parsed and keyed by the caller's keys. A
// folder outside a repository, a missing git or any other failure gives no history, silently: the
// numbers that need it are left out.
import { MARKDOWN_EXTENSIONS } from '../index/scan';
import type { GitRunner } from '../ports';
import { EMPTY_HISTORY, firstSeenArgs, keyHistory, mergeHistories, parseFirstSeen, parseStatusChanges, statusChangesArgs, type HandoffHistory } from './git-history';

/** The handoffs of one folder git runs in. */
export interface GitFolder {
  /** The folder, as the runner takes it. */
  readonly cwd: string;
  /** Each file's path relative to the folder ('/'-separated) → its key in the history. */
  readonly files: ReadonlyMap<string, string>;
}

export async function readGitHistory(git: GitRunner, folders: readonly GitFolder[]): Promise<HandoffHistory> {
  return mergeHistories(await Promise.all(folders.filter((f) => f.files.size > 0).map((f) => folderHistory(git, f))));
}

async function folderHistory(git: GitRunner, { cwd, files }: GitFolder): Promise<HandoffHistory> {
  const paths = [...files.keys()];
  const run = (args: string[]) => git.run(args, cwd).then(
    (stdout) => stdout,
    () => undefined,
  );
  const [added, changes] = await Promise.all([run(firstSeenArgs(paths, MARKDOWN_EXTENSIONS)), run(statusChangesArgs(paths, MARKDOWN_EXTENSIONS))]);
  if (added === undefined && changes === undefined) return EMPTY_HISTORY;
  return keyHistory(parseFirstSeen(added ?? ''), parseStatusChanges(changes ?? ''), (p) => files.get(p));
}
