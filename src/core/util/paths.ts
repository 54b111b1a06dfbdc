// Pure helpers for the core's path form: absolute, '/'-separated (`/a/b`, `C:/a/b`). No node:path,
// so the same code runs in the extension host, the CLI and a browser.

const DRIVE_ROOT = /^[A-Za-z]:\/?$/;
const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;

/** True for `/…` and `C:/…` paths. */
export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** Splits off the root: `/` for POSIX paths, `C:/` for drive paths, `` for relative ones. */
function splitRoot(path: string): { root: string; rest: string } {
  if (path.startsWith('/')) return { root: '/', rest: path.slice(1) };
  const drive = /^([A-Za-z]:)(\/|$)/.exec(path);
  if (drive) return { root: `${drive[1]}/`, rest: path.slice(drive[0].length) };
  return { root: '', rest: path };
}

/**
 * Collapses `//`, `.` and `..`; never climbs above the root of an absolute path. A Windows path
 * (`C:\\repo\\x`) gets '/' separators; anywhere else `\\` is an ordinary character, as it is in a
 * POSIX file name (`a\\b.md`).
 */
export function normalize(path: string): string {
  const { root, rest } = splitRoot(WINDOWS_DRIVE.test(path) ? path.replace(/\\/g, '/') : path);
  const out: string[] = [];
  for (const segment of rest.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!root) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (root) return root + joined;
  return joined || '.';
}

/** Joins segments; an absolute segment restarts from itself (like path.resolve without a cwd). */
export function join(base: string, ...parts: string[]): string {
  let path = base;
  for (const part of parts) {
    if (!part) continue;
    path = isAbsolute(part) ? part : `${path}/${part}`;
  }
  return normalize(path);
}

/** The parent folder; the root is its own parent. */
export function dirname(path: string): string {
  const normalized = normalize(path);
  if (normalized === '/' || DRIVE_ROOT.test(normalized)) return normalized;
  const slash = normalized.lastIndexOf('/');
  if (slash < 0) return '.';
  if (slash === 0) return '/';
  const parent = normalized.slice(0, slash);
  return /^[A-Za-z]:$/.test(parent) ? `${parent}/` : parent;
}

/** The last segment (`a.md` for `/x/a.md`); empty for a root. */
export function basename(path: string): string {
  const normalized = normalize(path);
  if (normalized === '/' || DRIVE_ROOT.test(normalized)) return '';
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/** The lower-cased extension including the dot (`.md`), or `` when there is none. */
export function extname(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * The relative path from folder `from` to `to` ('/'-separated, `` when equal). When the two have
 * different roots (drives) there is no relative path and `to` comes back unchanged.
 */
export function relative(from: string, to: string): string {
  const a = splitRoot(normalize(from));
  const b = splitRoot(normalize(to));
  if (a.root.toLowerCase() !== b.root.toLowerCase()) return normalize(to);
  const fromParts = a.rest ? a.rest.split('/') : [];
  const toParts = b.rest ? b.rest.split('/') : [];
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** True when `path` is `folder` or inside it. */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel));
}
