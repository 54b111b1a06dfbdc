// `follows:` and `links:` values: which are paths to check, where they point, and where they are
// written (so a problem or an edit lands on the value itself). Pure.
import { field, type HeaderInfo } from '../model/handoff';
import type { Range } from '../model/text';
import { dirname, join } from '../util/paths';

export interface LinkRef {
  /** The value as written (trimmed). */
  readonly written: string;
  /** The absolute '/'-separated path it points at; undefined for URLs, anchors and absolute paths (not checked). */
  readonly path: string | undefined;
  readonly range: Range;
}

/** `scheme:` (http:, mailto:, …) but not a drive letter (`C:`), which is one character long. */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Where `target`, written in the document at `documentPath`, points: relative to the document's
 * folder (`./`, `../`, spaces as written or as `%20`; `#part` and `?query` dropped). URLs, `#anchors`
 * and absolute paths give undefined: they are not files of the workspace to check.
 */
export function resolveLink(documentPath: string, target: string): string | undefined {
  let written = target.trim();
  if (written.startsWith('<') && written.endsWith('>')) written = written.slice(1, -1).trim();
  if (!written || written.startsWith('#') || URL_LIKE.test(written) || written.startsWith('/') || /^[A-Za-z]:[\\/]/.test(written)) return undefined;
  const cut = written.search(/[#?]/);
  const path = cut < 0 ? written : written.slice(0, cut);
  if (!path) return undefined;
  return join(dirname(documentPath), decodePercent(path));
}

function decodePercent(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a lone `%` is part of the name
  }
}

/**
 * The paths of a `follows` or `links` field: one string or a list of strings (other values are
 * `invalid-field`'s business, not links). Each item's range is its text inside the field's value.
 */
export function linkRefs(header: HeaderInfo, key: 'follows' | 'links', documentPath: string): LinkRef[] {
  const f = field(header, key);
  if (!f) return [];
  const items = typeof f.value === 'string' ? [f.value] : Array.isArray(f.value) ? f.value.filter((v): v is string => typeof v === 'string') : [];
  const source = header.text.slice(f.valueStart, f.valueEnd);
  const refs: LinkRef[] = [];
  let from = 0;
  for (const item of items) {
    const written = item.trim();
    if (!written) continue;
    const at = source.indexOf(written, from);
    const start = at < 0 ? f.valueStart : f.valueStart + at;
    const end = at < 0 ? f.valueEnd : start + written.length;
    if (at >= 0) from = at + written.length;
    refs.push({ written, path: resolveLink(documentPath, written), range: header.lines.rangeOf(start, end) });
  }
  return refs;
}
