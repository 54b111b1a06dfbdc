// Entry points that turn text into the document model: a quick header read for listing many
// files, and a full parse (front-matter + Markdown outline) for linting.
import { BOM, normalizeSectionName, type HandoffDocument, type HeaderInfo, type Section, type TaskItem } from '../model/handoff';
import { detectEol, LineIndex } from '../model/text';
import { findFrontMatter } from './front-matter/find-front-matter';
import { parseFrontMatter } from './front-matter/parse-front-matter';
import { MAX_YAML_PROBLEMS } from './limits';
import { parseMarkdown } from './markdown';
import type { MarkdownHeading } from './outline';

const HANDOFF_KEY_LINE = /^handoff[ \t]*:/m;

/**
 * A cheap test, with no parse and no allocation beyond the front-matter: can this text be a handoff?
 * Lets the editor skip ordinary Markdown on every keystroke.
 */
export function mayBeHandoff(rawText: string): boolean {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  if (!text.startsWith('---')) return false;
  const block = findFrontMatter(text);
  return block !== undefined && HANDOFF_KEY_LINE.test(text.slice(block.contentStart, block.contentEnd));
}

/** The blank lines (at least one) that open a text, or undefined: `^` anchored, linear. */
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))+/;

/**
 * How many characters of blank lines stand before what would be a handoff's front-matter (0 when
 * none, or when what follows is no handoff's front-matter). Such a file is no handoff: `---` must be
 * its first line. As cheap as mayBeHandoff for a text that does not open with a blank line.
 */
export function blankLinesBeforeFrontMatter(rawText: string): number {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const c = text.charCodeAt(0);
  if (c !== 10 && c !== 13 && c !== 32 && c !== 9) return 0;
  const lead = LEADING_BLANK_LINES.exec(text)?.[0];
  return lead && mayBeHandoff(text.slice(lead.length)) ? lead.length : 0;
}

/** Reads only the front-matter: no Markdown parse. Enough for listing and filtering. */
export function readHeader(rawText: string): HeaderInfo {
  const hasBom = rawText.startsWith(BOM);
  const text = hasBom ? rawText.slice(1) : rawText;
  const frontMatter = parseFrontMatter(text);
  const handoffField = frontMatter?.fields.get('handoff');
  // Broken YAML may hide the mapping; a top-level `handoff:` line still marks the file as a handoff.
  const isHandoff = handoffField !== undefined || (frontMatter !== undefined && HANDOFF_KEY_LINE.test(frontMatter.yaml));
  const value = handoffField?.value;
  let lines: LineIndex | undefined;
  return {
    text,
    hasBom,
    eol: detectEol(text),
    // Built on first use: listing many files never needs it.
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    frontMatter,
    isHandoff,
    type: typeof value === 'string' && value.trim() ? value.trim() : undefined,
    yamlProblems: frontMatter?.errors.slice(0, MAX_YAML_PROBLEMS) ?? [],
  };
}

/** Parses a whole document. Never throws. `header`, when given, is readHeader(rawText), read already. */
export function parseHandoff(rawText: string, header: HeaderInfo = readHeader(rawText)): HandoffDocument {
  const { text, lines } = header;
  const outline = parseMarkdown(text);
  const toTask = (t: (typeof outline.taskItems)[number]) => ({
    checked: t.checked,
    text: t.text,
    range: lines.rangeOf(t.start, t.end),
    checkboxRange: lines.rangeOf(t.checkboxStart, t.checkboxStart + 3),
  });
  return {
    ...header,
    title: titleOf(header, outline.headings),
    headings: outline.headings.map((h) => ({ depth: h.depth, text: h.text, range: lines.rangeOf(h.start, h.end) })),
    sections: outline.sections.map((s) => ({
      name: s.heading.text,
      key: normalizeSectionName(s.heading.text),
      headingRange: lines.rangeOf(s.heading.start, s.heading.end),
      bodyRange: lines.rangeOf(s.bodyStart, s.bodyEnd),
      empty: s.empty,
      taskItems: s.taskItems.map(toTask),
    })),
    taskItems: outline.taskItems.map(toTask),
    disabledRules: outline.disabledRules,
    bodyStart: outline.bodyStart,
    limitsExceeded: [header.frontMatter?.limitExceeded, outline.limitExceeded].filter((l) => l !== undefined),
  };
}

/** The `title` field, else the first `#` heading's text. */
function titleOf(header: HeaderInfo, headings: readonly MarkdownHeading[]): string | undefined {
  const titleField = header.frontMatter?.fields.get('title')?.value;
  return typeof titleField === 'string' && titleField.trim() ? titleField.trim() : headings.find((h) => h.depth === 1)?.text || undefined;
}

/** What a checklist count needs of a document: its type, sections by key and task items. */
export interface ChecklistOutline {
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly sections: readonly (Pick<Section, 'key'> & { readonly taskItems: readonly Pick<TaskItem, 'checked'>[] })[];
  readonly taskItems: readonly Pick<TaskItem, 'checked'>[];
}

/**
 * parseHandoff's title, sections and task items from the block scanner's outline alone: no
 * ranges, no line index, no document model. For listing many handoffs; equal to what
 * parseHandoff(text, header) gives (test/unit/model/checklist-outline.test.ts).
 */
export function readChecklistOutline(header: HeaderInfo): ChecklistOutline {
  const outline = parseMarkdown(header.text);
  return {
    type: header.type,
    title: titleOf(header, outline.headings),
    sections: outline.sections.map((s) => ({ key: normalizeSectionName(s.heading.text), taskItems: s.taskItems })),
    taskItems: outline.taskItems,
  };
}
