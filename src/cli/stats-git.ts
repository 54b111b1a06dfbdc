// Git history for `handoff stats`: the scanned files grouped by the scanned folder they are in, so
// the core runs git once per folder (twice: the two commands run side by side) over all of them.
import { isWithin, readGitHistory, relative, type GitFolder, type GitRunner, type HandoffHistory } from '../core/index';

/** The history of `files` (absolute, '/'-separated) below the scanned `folders`, keyed by `keyOf(file)`. */
export function readHistory(git: GitRunner, folders: readonly string[], files: readonly string[], keyOf: (file: string) => string): Promise<HandoffHistory> {
  const remaining = new Set(files);
  const groups: GitFolder[] = [];
  for (const folder of folders) {
    const mine = [...remaining].filter((f) => isWithin(folder, f));
    for (const f of mine) remaining.delete(f);
    groups.push({ cwd: folder, files: new Map(mine.map((f) => [relative(folder, f), keyOf(f)])) });
  }
  return readGitHistory(git, groups);
}
