// Near-miss headings: a required section that is missing is often right there, written at another
// level (`### Known issues`), decorated (`## 📋 Launch checklist`) or misspelled (`## Comitments
// made`). The missing-section rule names that heading and fixes it in place instead of inserting
// a second, empty section.
import type { HandoffType } from '../config/types';
import { normalizeSectionName, type HandoffDocument, type Heading } from '../model/handoff';
import type { TextEdit } from '../model/text';
import { closest } from '../util/closest';

export interface NearMiss {
  readonly heading: Heading;
  /** What differs, for the message: "level 3", "decorated", "misspelled?", joined by commas. */
  readonly how: string;
  /** False for a misspelling: renaming it is a guess, offered as a suggestion only. */
  readonly certain: boolean;
  /** Rewrites the heading as the `##` section the type requires. */
  readonly edit: TextEdit;
  /** The heading as the edit leaves it, e.g. `## Known issues`. */
  readonly becomes: string;
}

/** Emoji, symbols and punctuation around a heading's words: `📋 Launch checklist ✅` → `Launch checklist`. */
const DECORATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

const undecorated = (text: string) => text.replace(DECORATION, '');

/**
 * The heading each missing section most plausibly is, by section name. A heading is proposed for
 * at most one section, never when it already is a required section, and never the title (the
 * first `#`). Exact matches (at another level, or decorated) win over misspellings.
 */
export function findNearMisses(doc: HandoffDocument, type: HandoffType, missing: readonly string[]): Map<string, NearMiss> {
  const required = new Set(type.sections.map((s) => normalizeSectionName(s.name)));
  const title = doc.headings.find((h) => h.depth === 1);
  const free = doc.headings.filter(
    (h) => h !== title && isTopLevel(doc, h) && !(h.depth === 2 && required.has(normalizeSectionName(h.text))) && undecorated(h.text) !== '',
  );
  const found = new Map<string, NearMiss>();
  const take = (name: string, heading: Heading, misspelled: boolean) => {
    free.splice(free.indexOf(heading), 1);
    found.set(name, nearMiss(doc, name, heading, misspelled));
  };
  for (const name of missing) {
    const key = normalizeSectionName(name);
    const exact = free.find((h) => normalizeSectionName(undecorated(h.text)) === key);
    if (exact) take(name, exact, false);
  }
  for (const name of missing) {
    if (found.has(name)) continue;
    const byKey = new Map(free.map((h) => [normalizeSectionName(undecorated(h.text)), h] as const));
    const guess = closest(normalizeSectionName(name), byKey.keys());
    if (guess !== undefined) take(name, byKey.get(guess)!, true);
  }
  return found;
}

function nearMiss(doc: HandoffDocument, name: string, heading: Heading, misspelled: boolean): NearMiss {
  const written = undecorated(heading.text);
  const decorated = written !== heading.text.trim() && normalizeSectionName(written) !== normalizeSectionName(heading.text);
  const how = [heading.depth !== 2 && `level ${heading.depth}`, decorated && 'decorated', misspelled && 'misspelled?'].filter(Boolean).join(', ');
  const text = misspelled ? name : decorated ? written : heading.text;
  return { heading, how, certain: !misspelled, edit: rewrite(doc, heading, text, decorated || misspelled), becomes: `## ${text}` };
}

/**
 * Only the `#` run changes when the words are right (an ATX heading keeps its inline markup);
 * otherwise, and for setext headings, the whole heading becomes `## text`.
 */
function rewrite(doc: HandoffDocument, heading: Heading, text: string, rename: boolean): TextEdit {
  const start = doc.lines.offsetAt(heading.range.start);
  const hashes = /^#{1,6}/.exec(doc.text.slice(start, start + 6))?.[0];
  if (hashes && !rename) return { range: doc.lines.rangeOf(start, start + hashes.length), newText: '##' };
  return { range: heading.range, newText: `## ${text}` };
}

/** A heading at the start of its line, not inside a block quote or list item (where `##` would not make a section). */
function isTopLevel(doc: HandoffDocument, heading: Heading): boolean {
  const { line, character } = heading.range.start;
  return /^ {0,3}$/.test(doc.text.slice(doc.lines.lineStart(line), doc.lines.lineStart(line) + character));
}
