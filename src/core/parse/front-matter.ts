// Finds the YAML front-matter block and reads its top-level fields with source ranges.
// Never throws: YAML problems come back as data with exact offsets. Simple front-matter (plain
// `key: value` lines, the common case) is read without the YAML parser (front-matter-fast.ts);
// its parsed Document is then only built when an edit asks for it.
import type { Document, Node, Pair } from 'yaml';
import { isMap, isScalar, libraries } from '../vendor/load';
import { readSimpleYaml } from './front-matter-fast';
import { MAX_ALIASES, MAX_FRONT_MATTER_LENGTH, MAX_NESTING, yamlAliases, yamlNesting, type LimitExceeded } from './limits';


/** Limits that keep hostile YAML (alias bombs, absurd nesting) from hanging or crashing us. */
const MAX_ALIAS_COUNT = 100;

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

const FENCE = /^---[ \t]*$/;

/**
 * Locates front-matter the way remark-frontmatter does: a `---` line at the very start of the text,
 * closed by the next `---` line. `text` must already be free of a byte-order mark.
 */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const firstBreak = nextLineBreak(text, 0);
  if (!FENCE.test(text.slice(0, firstBreak.at))) return undefined;
  if (firstBreak.at === text.length) return undefined;
  const contentStart = firstBreak.next;
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    const br = nextLineBreak(text, lineStart);
    if (FENCE.test(text.slice(lineStart, br.at))) {
      return { start: 0, end: br.next, contentStart, contentEnd: lineStart, unclosed: false };
    }
    if (br.at === text.length) break;
    lineStart = br.next;
  }
  return { start: 0, end: text.length, contentStart, contentEnd: text.length, unclosed: true };
}

function nextLineBreak(text: string, from: number): { at: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { at: i, next: i + 1 };
    if (c === 13) return { at: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { at: text.length, next: text.length };
}

/** Parses the front-matter block; returns undefined when the text has none. */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const simple = block.unclosed ? undefined : readSimpleYaml(yamlText, block.contentStart);
  if (!simple) {
    // The fast reader is linear; `yaml` is not, so only what goes to it has a size limit.
    const message = yamlText.length > MAX_FRONT_MATTER_LENGTH
      ? `Unexpected front-matter over ${MAX_FRONT_MATTER_LENGTH / 1024} KB`
      : yamlNesting(yamlText) > MAX_NESTING
        ? `Unexpected front-matter nested deeper than ${MAX_NESTING} levels`
        : yamlAliases(yamlText) > MAX_ALIASES
          ? `Unexpected front-matter with more than ${MAX_ALIASES} aliases`
          : undefined;
    if (message) return unreadFrontMatter(block, yamlText, { part: 'front-matter', message, start: 0, end: 3 });
    return parseYamlFrontMatter(text, block);
  }
  let document: Document.Parsed | undefined;
  return {
    block,
    yaml: yamlText,
    get document() {
      return (document ??= parseYaml(yamlText));
    },
    isMapping: true,
    fields: simple.fields,
    errors: simple.errors,
  };
}

/** A front-matter past a limit: not given to `yaml`, so with no fields and not a mapping. */
function unreadFrontMatter(block: FrontMatterBlock, yamlText: string, limitExceeded: LimitExceeded): FrontMatter {
  const errors: YamlProblem[] = block.unclosed ? [UNCLOSED] : [];
  let document: Document.Parsed | undefined;
  return {
    block,
    yaml: yamlText,
    get document() {
      return (document ??= libraries().parseDocument(''));
    },
    isMapping: false,
    fields: new Map(),
    errors,
    limitExceeded,
  };
}

const UNCLOSED: YamlProblem = { message: 'Front-matter is not closed: expected a `---` line after the YAML', start: 0, end: 3, code: 'UNCLOSED' };

// uniqueKeys is checked when fields are read: yaml's own check compares every key with every
// other one, which takes minutes on a hostile front-matter of 100,000 keys. logLevel 'error'
// keeps yaml from printing Node warnings (e.g. for a collection used as a key) into our output.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

/**
 * yaml does not take a lone CR for a line break, but the Markdown parsers, LineIndex and editors
 * do: it gets the text with each lone CR as LF (the same length, so every offset still holds).
 */
function parseYaml(yamlText: string): Document.Parsed {
  return libraries().parseDocument(yamlText.replace(/\r(?!\n)/g, '\n'), YAML_OPTIONS);
}

/** The front-matter as the YAML parser reads it: the reference for the fast path, and its fallback. */
export function parseFrontMatterWithYaml(text: string): FrontMatter | undefined {
  const block = findFrontMatter(text);
  return block && parseYamlFrontMatter(text, block);
}

function parseYamlFrontMatter(text: string, block: FrontMatterBlock): FrontMatter {
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const base = block.contentStart;
  const errors: YamlProblem[] = [];
  let document: Document.Parsed;
  try {
    document = parseYaml(yamlText);
  } catch (error) {
    // The parser recurses on nesting; absurdly deep YAML can exhaust the stack.
    document = libraries().parseDocument('');
    errors.push({ message: `Unreadable front-matter: ${describe(error)}`, start: base, end: block.contentEnd, code: 'UNREADABLE' });
  }
  if (block.unclosed) {
    errors.push(UNCLOSED);
  }
  for (const e of document.errors) {
    const [s, en] = e.pos;
    errors.push({ message: firstLine(e.message), start: base + s, end: base + Math.max(en, s), code: e.code });
  }
  const root = document.contents;
  const isMapping = root === null || isMap(root);
  const fields = new Map<string, Field>();
  if (isMap(root)) {
    for (const pair of root.items as Pair<unknown, unknown>[]) {
      const field = readField(pair, document, base, errors);
      if (!field) continue;
      if (!fields.has(field.key)) fields.set(field.key, field);
      else errors.push({ message: 'Map keys must be unique', start: field.keyStart, end: field.keyEnd, code: 'DUPLICATE_KEY' });
    }
  } else if (root !== null && document.errors.length === 0) {
    const [s, , en] = (root as Node).range ?? [0, 0, 0];
    errors.push({ message: 'Front-matter must be a mapping of `key: value` fields', start: base + s, end: base + en, code: 'NOT_A_MAPPING' });
  }
  return { block, yaml: yamlText, document, isMapping, fields, errors };
}

function readField(pair: Pair<unknown, unknown>, doc: Document.Parsed, base: number, errors: YamlProblem[]): Field | undefined {
  const keyNode = pair.key;
  if (!isScalar(keyNode) || keyNode.range == null) return undefined;
  const key = String(keyNode.value);
  const keyStart = base + keyNode.range[0];
  const keyEnd = base + keyNode.range[1];
  const valueNode = pair.value as Node | null;
  let value: unknown = null;
  let valueStart = keyEnd;
  let valueEnd = keyEnd;
  if (valueNode && valueNode.range) {
    valueStart = base + valueNode.range[0];
    valueEnd = base + valueNode.range[1];
    try {
      value = valueNode.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({ message: `Unreadable value of \`${key}\`: ${describe(error)}`, start: valueStart, end: valueEnd, code: 'UNREADABLE' });
    }
  }
  return { key, value, keyStart, keyEnd, valueStart, valueEnd };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
