// What keeps a --cache file from growing forever: an entry per file ever seen would outlive every
// rename and deletion. When the cache is written, entries of files this run saw stay; of the
// others, those the run would have seen (in scope: under its paths, in its shard) are gone or no
// longer matched and are dropped; those outside it (another folder, another shard) stay while
// their file exists, so runs over different parts of a repository can share one cache.
import type { FileSystem } from '../core/index';

/** Whether a file not seen in this run would have been: its entry is then stale. */
export type CacheScope = (path: string) => boolean;

export async function pruneEntries(entries: Record<string, unknown>, seen: ReadonlySet<string>, inScope: CacheScope, fs: FileSystem): Promise<void> {
  for (const path of Object.keys(entries)) {
    if (seen.has(path)) continue;
    if (inScope(path) || !(await isFile(fs, path))) delete entries[path];
  }
}

async function isFile(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return (fs.sync ? fs.sync.stat(path) : await fs.stat(path)).kind === 'file';
  } catch {
    return false;
  }
}
