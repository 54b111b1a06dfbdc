// .gitignore matching with git's precedence: the deepest .gitignore that says anything about a
// path decides (a `!negation` there re-includes it); a folder that is ignored is never entered,
// so nothing below it can be re-included, as in git. Patterns are matched by
// gitignore-pattern.ts, in time linear in the pattern and the path.
import { isWithin, relative } from '../util/paths';
import { parseGitignore, patternMatches, type GitignorePattern } from './gitignore-pattern';

export interface IgnoreLevel {
  /** The folder the patterns are relative to. */
  readonly base: string;
  readonly matcher: IgnoreMatcher;
}

/** What a level says about a path: `ignored`, `unignored` (a `!negation` matched last) or neither. */
export interface IgnoreResult {
  readonly ignored: boolean;
  readonly unignored: boolean;
}

const NEITHER: IgnoreResult = { ignored: false, unignored: false };
const IGNORED: IgnoreResult = { ignored: true, unignored: false };
const UNIGNORED: IgnoreResult = { ignored: false, unignored: true };

/** The patterns of one .gitignore (or one list of exclude patterns), tested against '/'-separated relative paths. */
export class IgnoreMatcher {
  private readonly patterns: readonly GitignorePattern[];
  /** Results for folders, which every path below them asks about again. */
  private readonly folders = new Map<string, IgnoreResult>();

  constructor(patterns: string | readonly string[]) {
    this.patterns = parseGitignore(patterns);
  }

  /** `relPath` is ignored when a folder above it is, else when the last pattern matching it is not a negation. */
  test(relPath: string, isFolder: boolean): IgnoreResult {
    if (this.patterns.length === 0) return NEITHER;
    const path = relPath.toLowerCase();
    const slash = path.lastIndexOf('/');
    if (slash >= 0) {
      const parent = this.testFolder(path.slice(0, slash));
      if (parent.ignored) return parent;
    }
    return this.testOne(path.split('/'), isFolder);
  }

  private testFolder(path: string): IgnoreResult {
    let result = this.folders.get(path);
    if (result === undefined) {
      const slash = path.lastIndexOf('/');
      const parent = slash >= 0 ? this.testFolder(path.slice(0, slash)) : NEITHER;
      result = parent.ignored ? parent : this.testOne(path.split('/'), true);
      this.folders.set(path, result);
    }
    return result;
  }

  private testOne(segments: readonly string[], isFolder: boolean): IgnoreResult {
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const pattern = this.patterns[i]!;
      if (patternMatches(pattern, segments, isFolder)) return pattern.negated ? UNIGNORED : IGNORED;
    }
    return NEITHER;
  }
}

export function ignoreLevel(base: string, patterns: string | readonly string[]): IgnoreLevel {
  return { base, matcher: new IgnoreMatcher(patterns) };
}

/** True when the deepest level with an opinion ignores `path` (a folder when `isDirectory`). */
export function isIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    const rel = relativeWithin(level.base, path);
    if (!rel) continue;
    const result = level.matcher.test(rel, isDirectory);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

const UNNORMAL = /\/\/|(^|\/)\.\.?(\/|$)/;

/** relative(base, path) when `path` is strictly inside `base`, else ''. Plain prefixes skip the full path arithmetic. */
function relativeWithin(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(prefix) && !path.endsWith('/') && !UNNORMAL.test(path) && !UNNORMAL.test(base)) return path.slice(prefix.length);
  return isWithin(base, path) ? relative(base, path) : '';
}
