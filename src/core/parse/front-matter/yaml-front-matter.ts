// Front-matter as the YAML parser reads it: the reference for the fast reader (simple-yaml.ts)
// and its fallback for everything else. Never throws.
import type { Document, Node, Pair } from 'yaml';
import type { Field, FrontMatter, FrontMatterBlock, YamlProblem } from '../../model/front-matter';
import { isMap, isScalar, libraries } from '../../vendor/load';
import { findFrontMatter } from './find-front-matter';

/** Limits that keep hostile YAML (alias bombs, absurd nesting) from hanging or crashing us. */
const MAX_ALIAS_COUNT = 100;

export const UNCLOSED: YamlProblem = { message: 'Front-matter is not closed: expected a `---` line after the YAML', start: 0, end: 3, code: 'UNCLOSED' };

// uniqueKeys is checked when fields are read: yaml's own check compares every key with every
// other one, which takes minutes on a hostile front-matter of 100,000 keys. logLevel 'error'
// keeps yaml from printing Node warnings (e.g. for a collection used as a key) into our output.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

/**
 * yaml does not take a lone CR for a line break, but the Markdown parsers, LineIndex and editors
 * do: it gets the text with each lone CR as LF (the same length, so every offset still holds).
 */
export function parseYaml(yamlText: string): Document.Parsed {
  return libraries().parseDocument(yamlText.replace(/\r(?!\n)/g, '\n'), YAML_OPTIONS);
}

/** The front-matter as the YAML parser reads it: the reference for the fast path, and its fallback. */
export function parseFrontMatterWithYaml(text: string): FrontMatter | undefined {
  const block = findFrontMatter(text);
  return block && parseYamlFrontMatter(text, block);
}

export function parseYamlFrontMatter(text: string, block: FrontMatterBlock): FrontMatter {
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
