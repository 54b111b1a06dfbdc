// What a walk of a folder (findMarkdownFiles) leaves out, asked one path at a time: for callers
// handed paths rather than a walk (`handoff lint --changed-since`: git lists the files), so they
// take exactly the files a full run takes. Also the .gitignore levels above a walk's root, which
// both use.
import type { FileSystem } from '../ports';
import { basename, dirname, isWithin, join, normalize } from '../util/paths';
import { decodeMarkdown } from './decode';
import { ignoreLevel, isIgnored, type IgnoreLevel } from './gitignore';
import { ALWAYS_EXCLUDED } from './scan-options';

/** Reads the patterns of `path` (default `dir`/.gitignore), relative to `dir`; undefined when there are none. */
export type ReadIgnoreLevel = (dir: string, path?: string) => Promise<IgnoreLevel | undefined>;

/**
 * The repository's `.git/info/exclude` and the .gitignore files of the folders enclosing `root`,
 * up to the repository's top folder (the first with `.git`), weakest first. None outside a
 * repository, and none when they would ignore `root` itself: a folder asked for by name is scanned.
 */
export async function enclosingIgnoreLevels(root: string, read: ReadIgnoreLevel, exists: (path: string) => Promise<boolean>): Promise<IgnoreLevel[]> {
  const levels: IgnoreLevel[] = [];
  for (let dir = root; ; ) {
    if (await exists(join(dir, '.git'))) {
      const exclude = await read(dir, join(dir, '.git', 'info', 'exclude'));
      if (exclude) levels.unshift(exclude);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir || !basename(dir)) return [];
    dir = parent;
    const level = await read(dir);
    if (level) levels.unshift(level);
  }
  return isIgnored(levels, root, true) ? [] : levels;
}

/**
 * A test of whether a walk of `root` would leave out the file `path`: outside `root`, named
 * node_modules or .git or below such a folder, or ignored by the .gitignore files on the way (as
 * the walk reads them). A file given as the root itself is taken. Each folder is read once per filter.
 */
export function walkLeavesOut(fs: FileSystem): (root: string, path: string) => Promise<boolean> {
  const inside = new Map<string, Promise<readonly IgnoreLevel[] | undefined>>();
  const read: ReadIgnoreLevel = async (dir, path = join(dir, '.gitignore')) => {
    try {
      const decoded = decodeMarkdown(await fs.readFile(path));
      return decoded.binary ? undefined : ignoreLevel(dir, decoded.text);
    } catch {
      return undefined; // missing or unreadable: the walk applies no patterns from it either
    }
  };
  const exists = (path: string) => fs.stat(path).then(() => true, () => false);
  /** The levels in force inside `dir` on a walk from `root`; undefined when the walk never enters it. */
  const levelsInside = (root: string, dir: string): Promise<readonly IgnoreLevel[] | undefined> => {
    const key = `${root}\u0000${dir}`;
    let levels = inside.get(key);
    if (!levels) {
      levels = (async () => {
        const outer = dir === root ? await enclosingIgnoreLevels(root, read, exists) : await levelsInside(root, dirname(dir));
        if (outer === undefined || (dir !== root && (ALWAYS_EXCLUDED.includes(basename(dir)) || isIgnored(outer, dir, true)))) return undefined;
        const own = await read(dir);
        return own ? [...outer, own] : outer;
      })();
      inside.set(key, levels);
    }
    return levels;
  };
  return async (rootPath, filePath) => {
    const root = normalize(rootPath);
    const path = normalize(filePath);
    if (path === root) return false;
    if (!isWithin(root, path) || ALWAYS_EXCLUDED.includes(basename(path))) return true;
    const levels = await levelsInside(root, dirname(path));
    return levels === undefined || isIgnored(levels, path, false);
  };
}
