// When handoffs or folders move (a rename in the editor's Explorer): the edits that keep every
// `follows:`/`links:` path pointing at the same file, in the documents that link to what moved
// and in the moved documents themselves. Only the path scalars change: quoting, comments, line
// endings and list style stay as written. Pure.
import type { Scalar } from 'yaml';
import { editRefusal, formatScalar } from '../edit/front-matter-edit';
import type { HeaderInfo } from '../model/handoff';
import type { TextEdit } from '../model/text';
import { readHeader } from '../parse/parse-handoff';
import { dirname, relative } from '../util/paths';
import { isScalar, isSeq } from '../vendor/load';
import type { JourneyFacts } from './facts';
import { resolveLink } from './links';

/** A file or folder moving from one absolute '/'-separated path to another. */
export interface PathMove {
  readonly from: string;
  readonly to: string;
}

const LINK_KEYS = ['follows', 'links'] as const;
const EDITABLE: ReadonlySet<Scalar.Type | undefined> = new Set(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE']);

/** Where `path` is after the moves (it moved, or a folder holding it did), or undefined when it stays. */
export function movedPath(path: string, moves: readonly PathMove[]): string | undefined {
  for (const { from, to } of moves) {
    if (path === from) return to;
    if (path.startsWith(`${from}/`)) return to + path.slice(from.length);
  }
  return undefined;
}

/** True when the handoff moves or one of its `follows`/`links` paths points at something that does: its text may need edits. */
export function isAffectedByMoves(facts: JourneyFacts, moves: readonly PathMove[]): boolean {
  if (movedPath(facts.file, moves) !== undefined) return true;
  return [...facts.follows, ...facts.links].some((link) => link.path !== undefined && movedPath(link.path, moves) !== undefined);
}

/**
 * The edits to the document at `documentPath` (where it is before the moves) that keep its
 * `follows`/`links` paths pointing at the same files once `moves` are done. None when nothing it
 * links to moves, or when its front-matter cannot be edited safely (YAML problems, not a mapping).
 */
export function moveLinkEdits(text: string, documentPath: string, moves: readonly PathMove[]): TextEdit[] {
  if (!text.includes('follows') && !text.includes('links')) return [];
  const doc = readHeader(text);
  const frontMatter = doc.frontMatter;
  if (!frontMatter || editRefusal(doc) || !LINK_KEYS.some((key) => frontMatter.fields.has(key))) return [];
  const movedTo = movedPath(documentPath, moves) ?? documentPath;
  const edits: TextEdit[] = [];
  for (const key of LINK_KEYS) {
    if (!frontMatter.fields.has(key)) continue;
    for (const { scalar, flow } of pathScalars(frontMatter.document.get(key, true))) {
      const rewritten = rewriteLink(String(scalar.value), documentPath, movedTo, moves);
      if (rewritten === undefined) continue;
      edits.push({ range: scalarRange(doc, scalar), newText: formatScalar(rewritten, scalar.type, flow) });
    }
  }
  return edits;
}

/** The string scalars of a `follows`/`links` value: itself, or the items of its list. */
function pathScalars(node: unknown): { scalar: Scalar; flow: boolean }[] {
  const items = isSeq(node) ? node.items.map((item) => ({ item, flow: !!node.flow })) : [{ item: node, flow: false }];
  return items.flatMap(({ item, flow }) =>
    isScalar(item) && typeof item.value === 'string' && item.range && EDITABLE.has(item.type) ? [{ scalar: item, flow }] : [],
  );
}

function scalarRange(doc: HeaderInfo, scalar: Scalar) {
  const base = doc.frontMatter!.block.contentStart;
  return doc.lines.rangeOf(base + scalar.range![0], base + scalar.range![1]);
}

/**
 * `written`, a link in the document that moves from `from` to `to`, rewritten to point at the same
 * file after the moves, in the same style (`./` or `../`, a trailing `/`, `%20`, `<…>`, `#part`); undefined
 * when it needs no change (a URL, an absolute path, or neither end moved).
 */
function rewriteLink(written: string, from: string, to: string, moves: readonly PathMove[]): string | undefined {
  const target = resolveLink(from, written);
  if (target === undefined) return undefined;
  const newTarget = movedPath(target, moves) ?? target;
  if (newTarget === target && to === from) return undefined;
  const trimmed = written.trim();
  const bracketed = trimmed.startsWith('<') && trimmed.endsWith('>');
  const inner = bracketed ? trimmed.slice(1, -1).trim() : trimmed;
  const cut = inner.search(/[#?]/);
  const path = cut < 0 ? inner : inner.slice(0, cut);
  let rel = relative(dirname(to), newTarget) || '.';
  if (path.endsWith('/') && !rel.endsWith('/')) rel += '/';
  // Written from the document's folder (`./x`, `../x`): a path that no longer climbs starts with `./`.
  if (path.startsWith('.') && !rel.startsWith('../') && rel !== '.') rel = `./${rel}`;
  if (/%[0-9A-Fa-f]{2}/.test(path)) rel = encodeURI(rel);
  const result = `${rel}${cut < 0 ? '' : inner.slice(cut)}`;
  const rewritten = bracketed ? `<${result}>` : result;
  return rewritten === trimmed ? undefined : rewritten;
}
