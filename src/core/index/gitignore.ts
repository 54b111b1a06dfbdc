// .gitignore matching with git's precedence: the deepest .gitignore that says anything about a
// path decides (a `!negation` there re-includes it); a folder that is ignored is never entered,
// so nothing below it can be re-included, as in git. Pattern matching is the `ignore` package's.
import ignore, { type Ignore } from 'ignore';
import { isWithin, relative } from '../util/paths';

export interface IgnoreLevel {
  /** The folder the patterns are relative to. */
  readonly base: string;
  readonly matcher: Ignore;
}

export function ignoreLevel(base: string, patterns: string | readonly string[]): IgnoreLevel {
  return { base, matcher: ignore().add(patterns) };
}

/** True when the deepest level with an opinion ignores `path` (a folder when `isDirectory`). */
export function isIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    const rel = relativeWithin(level.base, path);
    if (!rel) continue;
    const result = level.matcher.test(isDirectory ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

const UNNORMAL = /\/\/|(^|\/)\.\.?(\/|$)|\\/;

/** relative(base, path) when `path` is strictly inside `base`, else ''. Plain prefixes skip the full path arithmetic. */
function relativeWithin(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(prefix) && !path.endsWith('/') && !UNNORMAL.test(path) && !UNNORMAL.test(base)) return path.slice(prefix.length);
  return isWithin(base, path) ? relative(base, path) : '';
}

