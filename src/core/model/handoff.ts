// The handoff document model: what a parsed handoff file is, independent of any editor.
import type { Field, FrontMatter, YamlProblem } from './front-matter';
import type { LimitExceeded } from './limit-exceeded';
import type { LineIndex, Range } from './text';

export const BOM = '\uFEFF';

/** Field names with a meaning in the format (docs/FORMAT.md). Any other field is kept as is. */
export const KNOWN_FIELDS = [
  'handoff',
  'title',
  'status',
  'from',
  'to',
  'owner',
  'assignee',
  'due',
  'created',
  'accepted_by',
  'accepted_at',
  'returned_reason',
  'tags',
  'links',
  'template_version',
  'returned_at',
  'done_at',
] as const;

export const DATE_FIELDS = ['due', 'created', 'accepted_at', 'returned_at', 'done_at'] as const;

export interface HeaderInfo {
  /** Text without a leading byte-order mark; every offset and range refers to it. */
  readonly text: string;
  readonly hasBom: boolean;
  readonly eol: '\n' | '\r\n' | '\r';
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** True when the front-matter has a `handoff:` key, even if the YAML around it is broken. */
  readonly isHandoff: boolean;
  /** The `handoff:` value when it is a non-empty string. */
  readonly type: string | undefined;
  readonly yamlProblems: readonly YamlProblem[];
}

export interface Section {
  readonly name: string;
  /** The name as matched against required section names (see `normalizeSectionName`). */
  readonly key: string;
  readonly headingRange: Range;
  readonly bodyRange: Range;
  readonly empty: boolean;
  readonly taskItems: readonly TaskItem[];
}

export interface TaskItem {
  readonly checked: boolean;
  readonly text: string;
  readonly range: Range;
  readonly checkboxRange: Range;
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly range: Range;
}

/** A fully parsed handoff (or any Markdown file: `isHandoff` says which). */
export interface HandoffDocument extends HeaderInfo {
  /** The title: the `title` field, else the first `#` heading. */
  readonly title: string | undefined;
  readonly headings: readonly Heading[];
  /** The `##` sections, in document order. */
  readonly sections: readonly Section[];
  readonly taskItems: readonly TaskItem[];
  /** Rule ids turned off by `<!-- handoff-disable RULE -->` comments. */
  readonly disabledRules: ReadonlySet<string>;
  /** Offset where the Markdown body starts (just after front-matter). */
  readonly bodyStart: number;
  /** The limits (parse/limits.ts) the document went past: what each guards was not read. */
  readonly limitsExceeded?: readonly LimitExceeded[];
}

/**
 * Section names match case-insensitively, ignoring surrounding whitespace, runs of inner
 * whitespace and trailing punctuation: "## Success criteria:" matches "Success Criteria".
 */
export function normalizeSectionName(name: string): string {
  return name
    .trim()
    .replace(/(?<![\s.:;,!?…])[\s.:;,!?…]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function field(doc: HeaderInfo, key: string): Field | undefined {
  return doc.frontMatter?.fields.get(key);
}

/** A field's value as a trimmed string, or undefined when absent, empty or not a scalar. */
export function fieldText(doc: HeaderInfo, key: string): string | undefined {
  const value = field(doc, key)?.value;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
