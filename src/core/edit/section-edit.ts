// Inserting required sections that a handoff lacks, each where its type puts it, with the type's
// template body. Used by the missing-section and template-outdated fixes.
import { sectionTemplate, type HandoffType, type SectionSpec } from '../config/types';
import { normalizeSectionName, type HandoffDocument, type Section } from '../model/handoff';
import type { TextEdit } from '../model/text';

export interface Missing {
  readonly index: number;
  readonly spec: SectionSpec;
  /** Offset where the section belongs in the current text. */
  readonly at: number;
  /** The heading it should follow (the previous required section present), if any. */
  readonly after: Section | undefined;
}

/** Required sections that are absent, each with the place it belongs. */
export function findMissingSections(doc: HandoffDocument, type: HandoffType): Missing[] {
  const present = type.sections.map((spec) => {
    const key = normalizeSectionName(spec.name);
    return doc.sections.find((s) => s.key === key);
  });
  const missing: Missing[] = [];
  type.sections.forEach((spec, index) => {
    if (present[index]) return;
    let after: Section | undefined;
    for (let j = index - 1; j >= 0 && !after; j--) after = present[j];
    let before: Section | undefined;
    for (let k = index + 1; k < present.length && !before && !after; k++) before = present[k];
    let at: number;
    if (after) at = lineStartOrEnd(doc, doc.lines.offsetAt(after.bodyRange.end));
    else if (before) at = doc.lines.lineStart(before.headingRange.start.line);
    else at = doc.text.length;
    missing.push({ index, spec, at, after });
  });
  return missing;
}

/** Snaps an offset to the start of its line, unless it is the end of the text. */
function lineStartOrEnd(doc: HandoffDocument, offset: number): number {
  if (offset >= doc.text.length) return doc.text.length;
  return doc.lines.lineStart(doc.lines.positionAt(offset).line);
}

/** One insertion per distinct place, sections in the type's order, separated by blank lines. */
export function insertSectionsEdits(doc: HandoffDocument, missing: readonly Missing[]): TextEdit[] {
  const byPlace = new Map<number, Missing[]>();
  for (const m of missing) byPlace.set(m.at, [...(byPlace.get(m.at) ?? []), m]);
  const edits: TextEdit[] = [];
  for (const [at, group] of byPlace) {
    const { eol, text } = doc;
    const blocks = group.sort((a, b) => a.index - b.index).map((m) => sectionBlock(m.spec, eol));
    const before = eol.repeat(Math.max(0, 2 - breaksBefore(text, at)));
    const after = at < text.length ? eol : '';
    edits.push({ range: doc.lines.rangeOf(at, at), newText: before + blocks.join(eol) + after });
  }
  return edits;
}

/** `## Name`, a blank line and the template body, ending with a line break. */
function sectionBlock(spec: SectionSpec, eol: string): string {
  const body = sectionTemplate(spec).replace(/\r\n|\r|\n/g, eol).replace(/(?<!\s)\s+$/, '');
  return body ? `## ${spec.name}${eol}${eol}${body}${eol}` : `## ${spec.name}${eol}`;
}

/** How many line breaks end the text before `at`: 0, 1, or 2 for a blank line (or the start of the text). */
function breaksBefore(text: string, at: number): number {
  let breaks = 0;
  let i = at;
  while (i > 0 && breaks < 2) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) {
      breaks++;
      i -= text.charCodeAt(i - 2) === 13 ? 2 : 1;
    } else if (c === 13) {
      breaks++;
      i--;
    } else if ((c === 32 || c === 9) && breaks > 0) {
      i--;
    } else {
      return breaks;
    }
  }
  return i === 0 ? 2 : breaks;
}

