// Gitignore patterns (gitignore(5)) compiled to matchers that cannot backtrack exponentially.
//
// A regex per pattern, as the `ignore` package builds, turns every `**` into `(?:\/[^\/]+)*` and
// every `*` into `[^/]*`; ten of them in a 52-byte `.gitignore` took 45 s over a 40-deep tree.
// Here a pattern is a list of path segments: `**` matches any number of segments (a set of
// reachable positions, one pass per pattern segment), and a segment glob is matched with one
// remembered `*` (the classic wildcard loop). A test costs at most O(pattern × path) characters.
//
// Matching is case-insensitive, as the `ignore` package's default was: a pattern written for one
// spelling keeps working on case-insensitive file systems.

const STAR = 0;
const ANY = 1;

/** One character of a segment glob: a literal, `*`, `?` or a bracket class. */
type Token = string | typeof STAR | typeof ANY | CharClass;

interface CharClass {
  readonly negated: boolean;
  /** Inclusive ranges; a single character is a range of one. */
  readonly ranges: readonly (readonly [string, string])[];
}

const NOTHING: CharClass = { negated: false, ranges: [] };

/** `**` as a whole segment; any other segment is a glob. */
const GLOBSTAR = 'globstar';
type Segment = typeof GLOBSTAR | readonly Token[];

export interface GitignorePattern {
  /** `!pattern`: re-includes what an earlier pattern excluded. */
  readonly negated: boolean;
  /** `pattern/`: matches folders only. */
  readonly folderOnly: boolean;
  readonly segments: readonly Segment[];
}

/** The patterns of a .gitignore text (or of lines given one by one), in order; comments and blanks dropped. */
export function parseGitignore(text: string | readonly string[]): GitignorePattern[] {
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text.flatMap((t) => t.split(/\r?\n/));
  const patterns: GitignorePattern[] = [];
  for (const line of lines) {
    const pattern = parsePattern(line);
    if (pattern) patterns.push(pattern);
  }
  return patterns;
}

function parsePattern(line: string): GitignorePattern | undefined {
  let text = line;
  if (text === '' || text.startsWith('#')) return undefined;
  // Trailing spaces go, unless escaped (`a\ ` keeps one).
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ' && !escapedAt(text, end - 1)) end--;
  text = text.slice(0, end);
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  const folderOnly = text.endsWith('/') && !escapedAt(text, text.length - 1);
  if (folderOnly) text = text.replace(/(?<!\/)\/+$/, '');
  // A slash at the start or in the middle anchors the pattern at the .gitignore's folder.
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.slice(1);
  if (text === '') return undefined;
  // An empty part (`a//b`) stays: it matches no real path segment, as in git.
  const parts = text.split('/');
  const segments: Segment[] = parts.map((part) => (/^\*\*+$/.test(part) ? GLOBSTAR : tokenize(part)));
  if (!anchored && segments[0] !== GLOBSTAR) segments.unshift(GLOBSTAR);
  return { negated, folderOnly, segments: collapseGlobstars(segments) };
}

/** `a/**\/**\/b` is `a/**\/b`. */
function collapseGlobstars(segments: Segment[]): Segment[] {
  return segments.filter((s, i) => !(s === GLOBSTAR && segments[i + 1] === GLOBSTAR));
}

function escapedAt(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) tokens.push(glob[++i]!.toLowerCase());
    else if (c === '*') {
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else if (c === '?') tokens.push(ANY);
    else if (c === '[') {
      const parsed = charClass(glob, i);
      if (!parsed) return [NOTHING]; // as in git, a bracket that never closes matches nothing
      tokens.push(parsed.token);
      i = parsed.end;
    } else tokens.push(c.toLowerCase());
  }
  return tokens;
}

/** The bracket class opening at `start`, and the index of its `]`; undefined when it never closes. */
function charClass(glob: string, start: number): { token: CharClass; end: number } | undefined {
  let i = start + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < glob.length; first = false) {
    let c = glob[i]!;
    if (c === ']' && !first) return { token: { negated, ranges }, end: i };
    if (c === '\\' && i + 1 < glob.length) c = glob[++i]!;
    if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
      let to = glob[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < glob.length) to = glob[++i]!;
      ranges.push([c, to]);
    } else ranges.push([c, c]);
    i++;
  }
  return undefined;
}

/** True when `pattern` matches the path given as lower-cased segments (ignoring negation). */
export function patternMatches(pattern: GitignorePattern, segments: readonly string[], isFolder: boolean): boolean {
  if (pattern.folderOnly && !isFolder) return false;
  const globs = pattern.segments;
  // The common case, a bare name (`*.log`, `build`): the last segment alone decides.
  if (globs.length === 2 && globs[0] === GLOBSTAR && globs[1] !== GLOBSTAR) return segments.length > 0 && globMatches(globs[1]!, segments[segments.length - 1]!);
  // reach[j]: the pattern segments so far can match exactly the first j path segments.
  let reach = new Uint8Array(segments.length + 1);
  reach[0] = 1;
  for (let i = 0; i < globs.length; i++) {
    const glob = globs[i]!;
    const next = new Uint8Array(segments.length + 1);
    if (glob === GLOBSTAR) {
      // `**` matches zero or more segments; a trailing one, everything inside (one or more).
      const first = reach.indexOf(1);
      next.fill(1, first + (i === globs.length - 1 ? 1 : 0));
    } else {
      for (let j = 0; j < segments.length; j++) if (reach[j] && globMatches(glob, segments[j]!)) next[j + 1] = 1;
    }
    if (next.indexOf(1) < 0) return false;
    reach = next;
  }
  return reach[segments.length] === 1;
}

/** Wildcard matching with one remembered `*`: at most O(glob × text) steps, never exponential. */
function globMatches(glob: readonly Token[], text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    const token = glob[g];
    if (token === STAR) {
      star = g++;
      starText = t;
    } else if (token !== undefined && tokenMatches(token, text[t]!)) {
      g++;
      t++;
    } else if (star >= 0) {
      g = star + 1;
      t = ++starText;
    } else return false;
  }
  while (glob[g] === STAR) g++;
  return g === glob.length;
}

function tokenMatches(token: Token, c: string): boolean {
  if (token === ANY) return true;
  if (typeof token === 'string') return token === c;
  if (token === STAR) return false;
  const upper = c.toUpperCase();
  const inside = token.ranges.some(([from, to]) => (from <= c && c <= to) || (from <= upper && upper <= to));
  return inside !== token.negated;
}
