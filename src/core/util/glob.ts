// Standard globs (picomatch, POSIX flavour: pure, runs in a browser) for CLI path patterns and the
// editor's exclusion settings: `*` stays within one folder, `**` crosses folders, braces expand,
// and a leading `!` negates. .gitignore files keep their own semantics (index/gitignore.ts).
import picomatch from 'picomatch/posix';
import { isWithin, relative } from './paths';

/** True when `path` (absolute, '/'-separated) is matched. */
export type PathMatcher = (path: string) => boolean;

// Dot files match like any other: VS Code's exclusion globs and ESLint's patterns both do.
const OPTIONS = { dot: true };

/**
 * Matches paths by globs relative to `base`: a path matches when some positive glob matches it
 * and no `!negation` does. Paths outside `base`, and `base` itself, never match.
 */
export function globMatcher(base: string, globs: readonly string[]): PathMatcher {
  const positive = globs.filter((g) => !g.startsWith('!')).map(withoutSlash);
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => withoutSlash(g.slice(1)));
  const yes = positive.length ? picomatch(positive, OPTIONS) : () => false;
  const no = negative.length ? picomatch(negative, OPTIONS) : () => false;
  return (path) => {
    const rel = isWithin(base, path) ? relative(base, path) : '';
    return !!rel && yes(rel) && !no(rel);
  };
}

/** True when `path` or a folder between `base` and it is matched: a file under an excluded folder is excluded. */
export function matchesPathOrFolder(matcher: PathMatcher, base: string, path: string): boolean {
  for (let p = path; p.length > base.length && isWithin(base, p); p = p.slice(0, p.lastIndexOf('/'))) {
    if (matcher(p)) return true;
  }
  return false;
}

/** A glob's fixed leading folder and the rest: `docs/{a,b}.md` → `docs` + `{a,b}.md`; `glob` is '' for a plain path. */
export function splitGlob(pattern: string): { readonly base: string; readonly glob: string } {
  const { base, glob, isGlob } = picomatch.scan(pattern);
  return isGlob ? { base, glob } : { base: pattern, glob: '' };
}

/** Leading and trailing slashes do not change what a relative glob means here (`/dist/` = `dist`). */
function withoutSlash(glob: string): string {
  return glob.replace(/^\/+/, '').replace(/(?<!\/)\/+$/, '') || glob;
}
