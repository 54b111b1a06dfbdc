// Git history as data: the command lines the adapters run (one batched `git log` each, over all the
// handoff files at once) and pure parsers of their output. The core never runs git itself.

/** A change of a handoff's `status:` line in one commit. */
export interface StatusChange {
  /** The author date of the commit, YYYY-MM-DD. */
  readonly date: string;
  /** The value the commit set, without quotes or a trailing comment. */
  readonly status: string;
}

/** What git knows about handoff files, keyed by the same path as the metrics entries. */
export interface HandoffHistory {
  /** Path → the date the file first appeared in history (its oldest add). */
  readonly firstSeen: ReadonlyMap<string, string>;
  /** Path → the commits that changed its `status:` line, newest first (not the commit that added the file: importing notes is no status change). */
  readonly statusChanges: ReadonlyMap<string, readonly StatusChange[]>;
}

export const EMPTY_HISTORY: HandoffHistory = { firstSeen: new Map(), statusChanges: new Map() };

/** Starts each commit in the output: a character that never appears in a date or in `git log`'s own text. */
const COMMIT_MARK = '\x1e';
// Options a user's git config could change are pinned, so the parsers always see the same shape.
const COMMON = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', 'log', '--no-renames', '--no-color', '--date=short', '--format=%x1e%ad', '--relative'];

/**
 * More paths than this on one command line (or a longer command line) could pass the operating
 * system's limit: the commands then cover every Markdown file instead, and the parsers' callers
 * keep only the handoffs.
 */
const MAX_PATH_ARGS = 2000;
const MAX_ARGS_LENGTH = 100_000;

function pathspecs(paths: readonly string[], extensions: readonly string[]): string[] {
  const fits = paths.length <= MAX_PATH_ARGS && paths.reduce((n, p) => n + p.length + 1, 0) <= MAX_ARGS_LENGTH;
  // Without the glob magic, `*` in a pathspec also matches '/', so `*.md` covers every folder.
  return ['--', ...(fits ? paths.map((p) => `:(literal)${p}`) : extensions.map((e) => `*${e}`))];
}

/**
 * `git log` arguments listing, per commit, the files it added (`--diff-filter=A`), NUL-separated.
 * Run in the folder the paths are relative to; the output's paths are relative to it too.
 */
export function firstSeenArgs(paths: readonly string[], extensions: readonly string[] = ['.md']): string[] {
  return [...COMMON, '--diff-filter=A', '--name-only', '-z', ...pathspecs(paths, extensions)];
}

/**
 * `git log` arguments printing, with no context, the diffs of the commits that added or removed a
 * `status:` line (`-G`), so each status change can be read with its date.
 */
export function statusChangesArgs(paths: readonly string[], extensions: readonly string[] = ['.md']): string[] {
  return [...COMMON, '-G^status:', '-p', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', '--no-ext-diff', '--no-textconv', ...pathspecs(paths, extensions)];
}

/** Parses the output of `firstSeenArgs`: path → the oldest date it was added. */
export function parseFirstSeen(output: string): Map<string, string> {
  const firstSeen = new Map<string, string>();
  for (const commit of output.split(COMMIT_MARK)) {
    const [date, ...names] = commit.split('\0');
    if (!date || !isDay(date)) continue;
    for (const [i, raw] of names.entries()) {
      // With -z the header ends in NUL and the names follow after one newline.
      const name = i === 0 ? raw.replace(/^\n/, '') : raw;
      if (!name) continue;
      const known = firstSeen.get(name);
      if (known === undefined || date < known) firstSeen.set(name, date);
    }
  }
  return firstSeen;
}

/**
 * Parses the output of `statusChangesArgs`: path → status changes, newest first (git log order).
 * The diff that creates a file (`--- /dev/null`) changes no status: its `status:` line is skipped.
 */
export function parseStatusChanges(output: string): Map<string, StatusChange[]> {
  const changes = new Map<string, StatusChange[]>();
  let date: string | undefined;
  let file: string | undefined;
  let created = false;
  // Lines still to read in the current hunk: content lines are never mistaken for headers.
  let removed = 0;
  let added = 0;
  for (const line of output.split('\n')) {
    if (removed > 0 || added > 0) {
      if (line.startsWith('-') && removed > 0) {
        removed--;
        continue;
      }
      if (line.startsWith('+') && added > 0) {
        added--;
        const status = date && file && !created ? statusValue(line.slice(1)) : undefined;
        if (status !== undefined) {
          const list = changes.get(file!);
          if (list) list.push({ date: date!, status });
          else changes.set(file!, [{ date: date!, status }]);
        }
        continue;
      }
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      removed = added = 0; // malformed: resynchronise on the headers below
    }
    if (line.startsWith(COMMIT_MARK)) {
      const d = line.slice(1).trim();
      date = isDay(d) ? d : undefined;
      file = undefined;
    } else if (line.startsWith('diff --git ')) {
      file = undefined;
      created = false;
    } else if (line.startsWith('--- ')) {
      created = line.slice(4).replace(/\t$/, '') === '/dev/null';
    } else if (line.startsWith('+++ ')) {
      file = diffPath(line.slice(4));
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
      if (m) {
        removed = m[1] === undefined ? 1 : Number(m[1]);
        added = m[2] === undefined ? 1 : Number(m[2]);
      }
    }
  }
  return changes;
}

/** The status a front-matter line sets, or undefined when the line is not `status: value`. */
function statusValue(line: string): string | undefined {
  const m = /^status:[ \t]*(.*)$/.exec(line);
  if (!m) return undefined;
  let value = m[1]!.replace(/(?<![ \t])[ \t]+#.*$/, '').trim();
  if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1).trim();
  return value || undefined;
}

/** The path of a `+++ b/path` header (git appends a tab to names with spaces, and C-quotes unusual ones). */
function diffPath(header: string): string | undefined {
  let text = header.replace(/\t$/, '');
  if (text === '/dev/null') return undefined;
  if (text.startsWith('"') && text.endsWith('"')) text = unquote(text.slice(1, -1));
  return text.startsWith('b/') ? text.slice(2) : undefined;
}

/** Undoes git's C-style quoting; octal escapes are UTF-8 bytes (decoded through percent-encoding). */
function unquote(text: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };
  const chars = [...text]; // code points: a surrogate pair stays whole
  let encoded = '';
  try {
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      const octal = c === '\\' ? /^[0-7]{3}/.exec(chars.slice(i + 1, i + 4).join('')) : null;
      if (octal) {
        encoded += `%${parseInt(octal[0], 8).toString(16).padStart(2, '0')}`;
        i += 3;
      } else if (c === '\\' && simple[chars[i + 1] ?? ''] !== undefined) {
        encoded += encodeURIComponent(simple[chars[++i]!]!);
      } else {
        encoded += encodeURIComponent(c);
      }
    }
    return decodeURIComponent(encoded);
  } catch {
    return text;
  }
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/**
 * Re-keys parsed history from git's paths (relative to the folder git ran in) to the metrics
 * entries' keys; paths `toKey` maps to undefined are dropped.
 */
export function keyHistory(
  firstSeen: ReadonlyMap<string, string>,
  statusChanges: ReadonlyMap<string, readonly StatusChange[]>,
  toKey: (gitPath: string) => string | undefined,
): HandoffHistory {
  const rekey = <T>(map: ReadonlyMap<string, T>) =>
    new Map([...map].flatMap(([path, value]) => {
      const key = toKey(path);
      return key === undefined ? [] : [[key, value] as const];
    }));
  return { firstSeen: rekey(firstSeen), statusChanges: rekey(statusChanges) };
}

/** Merges the histories of several folders. */
export function mergeHistories(histories: readonly HandoffHistory[]): HandoffHistory {
  return {
    firstSeen: new Map(histories.flatMap((h) => [...h.firstSeen])),
    statusChanges: new Map(histories.flatMap((h) => [...h.statusChanges])),
  };
}
