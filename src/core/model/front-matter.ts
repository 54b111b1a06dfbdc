// The front-matter as read from a document: its block, its top-level fields with source offsets,
// and its YAML problems. The parsers that fill it live in parse/front-matter/.
import type { Document } from 'yaml';
import type { LimitExceeded } from './limit-exceeded';

export interface FrontMatterBlock {
  /** Offset of the opening `---`. Always 0: front-matter must open the file. */
  readonly start: number;
  /** Offset just past the closing fence line (including its line break), or text end if unclosed. */
  readonly end: number;
  /** Offsets of the YAML text between the fences. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** True when the file opens with `---` but no closing fence follows. */
  readonly unclosed: boolean;
}

export interface YamlProblem {
  readonly message: string;
  /** Offsets in the whole document text. */
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

export interface Field {
  readonly key: string;
  /** The plain JavaScript value (strings, numbers, booleans, arrays, objects, null). */
  readonly value: unknown;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Value node offsets; equal to keyEnd when the key has no value (`owner:`). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface FrontMatter {
  readonly block: FrontMatterBlock;
  readonly yaml: string;
  /** The parsed YAML document, kept for edits that preserve comments and formatting. */
  readonly document: Document.Parsed;
  /** True when the YAML root is a mapping (or empty); fields are read only then. */
  readonly isMapping: boolean;
  readonly fields: ReadonlyMap<string, Field>;
  readonly errors: readonly YamlProblem[];
  /** Present when the front-matter went past a limit (limits.ts): it is then not read (no fields, not a mapping). */
  readonly limitExceeded?: LimitExceeded;
}
