// Minimal text edits to front-matter fields. Only the bytes of the value being set change:
// comments, quoting, key order and every other line stay byte-for-byte as they were. A
// front-matter that cannot be edited that way (YAML problems, a flow or indented mapping) gets a
// refusal that says why, never a guessed edit.
import type { Scalar } from 'yaml';
import { isScalar, libraries } from '../vendor/load';
import type { HeaderInfo } from '../model/handoff';
import type { TextEdit } from '../model/text';
import type { Field } from '../model/front-matter';

export type FieldValue = string | number | readonly string[];

/** The edits that set some fields, or why the front-matter cannot be edited without risking the user's text. */
export type FieldEdits = { readonly edits: TextEdit[]; readonly refused?: undefined } | { readonly edits?: undefined; readonly refused: string };

/** An edit that sets `key` to `value` (in place, or as a new last field); undefined when refused. */
export function setFieldEdit(doc: HeaderInfo, key: string, value: FieldValue): TextEdit | undefined {
  return setFieldsEdits(doc, { [key]: value }).edits?.[0];
}

/** A quick fix that sets a field (after `before`, e.g. inserted sections); none when the edit was refused. */
export function fieldFix(title: string, edit: TextEdit | undefined, before: readonly TextEdit[] = []): { title: string; edits: TextEdit[] }[] {
  return edit ? [{ title, edits: [...before, edit] }] : [];
}

/**
 * Edits that set several fields at once (one undo step in an editor): existing values are
 * replaced in place; new keys are inserted together, in the order given, after the last field.
 */
export function setFieldsEdits(doc: HeaderInfo, fields: Readonly<Record<string, FieldValue>>): FieldEdits {
  const refused = editRefusal(doc);
  if (refused) return { refused };
  const entries = Object.entries(fields);
  const existing = (key: string) => doc.frontMatter?.fields.get(key);
  // Replacing an anchored value would change, or break, every alias of it elsewhere.
  const anchored = entries.map(([key]) => existing(key)).find((f) => f && doc.text.slice(f.keyEnd, f.valueStart).includes('&'));
  if (anchored) return { refused: `its \`${anchored.key}\` value carries an anchor (\`&…\`) that other fields may repeat; edit it by hand` };
  const edits = entries.flatMap(([key, value]) => {
    const field = existing(key);
    return field ? [replaceValueEdit(doc, field, value)] : [];
  });
  const added = entries.filter(([key]) => !existing(key)).map(([key, value]) => `${key}: ${formatValue(value)}`);
  return { edits: added.length ? [...edits, insertFieldsEdit(doc, added)] : edits };
}

/**
 * Why the front-matter cannot be edited safely, or undefined when it can: edits assume a valid
 * block mapping whose keys start at the left margin (new keys are written there).
 */
export function editRefusal(doc: HeaderInfo): string | undefined {
  const frontMatter = doc.frontMatter;
  if (!frontMatter) return undefined;
  const problem = frontMatter.errors[0];
  if (problem) return `its front-matter has a YAML problem on line ${doc.lines.positionAt(problem.start).line + 1} (${problem.message}); fix that first`;
  if (!frontMatter.isMapping) return 'its front-matter is not a mapping of `key: value` fields';
  const first = firstContentChar(frontMatter.yaml);
  if (first === '{') return 'its front-matter is a flow mapping (`{…}`); write it as one `key: value` line per field';
  if (first === ' ' || first === '\t') return 'its front-matter is indented; start each `key:` at the left margin';
  if (first !== undefined && '!&*?%'.includes(first)) return 'its front-matter opens with YAML syntax Handoff does not edit (a tag, anchor or explicit key); edit it by hand';
  return undefined;
}

/** The first character of the first line that is not blank or a comment. */
function firstContentChar(yaml: string): string | undefined {
  for (let start = 0; start < yaml.length; ) {
    const end = lineEndAt(yaml, start);
    const line = yaml.slice(start, end);
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#')) return line[0];
    start = end + (yaml.startsWith('\r\n', end) ? 2 : 1);
  }
  return undefined;
}

function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function replaceValueEdit(doc: HeaderInfo, field: Field, value: FieldValue): TextEdit {
  const { text, lines } = doc;
  const colon = text.indexOf(':', field.keyEnd);
  const afterColon = colon >= 0 ? colon + 1 : field.keyEnd;
  const keyLineEnd = lines.lineEnd(lines.positionAt(field.keyEnd).line);
  if (field.valueEnd === field.valueStart) {
    // `key:` with nothing after it: write the value just after the colon, keeping `key:   # comment`'s comment.
    const end = /^[ \t]+#/.test(text.slice(afterColon, keyLineEnd)) ? afterColon : keyLineEnd;
    return { range: lines.rangeOf(afterColon, end), newText: ` ${formatValue(value)}` };
  }
  const raw = text.slice(field.valueStart, field.valueEnd);
  const onKeyLine = field.valueStart <= keyLineEnd;
  if (onKeyLine && !/^[|>]/.test(raw)) {
    // A scalar or flow collection that starts on the key line. Only a quoted value keeps its
    // quotes: a value that can only be a plain scalar needs no YAML Document (building one costs
    // more than the rest of a lint). A tag or anchor before it goes with the old value.
    const plainOnly = /^[^\s"'|>!&*[{\-?#%@`]/.test(raw) && !/[\r\n]|: /.test(raw);
    const node = plainOnly ? undefined : doc.frontMatter!.document.get(field.key, true);
    const style = isScalar(node) ? node.type : undefined;
    const start = /\S/.test(text.slice(afterColon, field.valueStart)) ? afterColon : field.valueStart;
    const newText = formatValue(value, style);
    return { range: lines.rangeOf(start, field.valueEnd), newText: start === afterColon ? ` ${newText}` : newText };
  }
  // A block scalar (`|`, `>-`, ...) or a value on the lines below its key: its lines are replaced,
  // up to but not including the line break that ends it (yaml's range includes that break). A
  // comment on the key line stays.
  const comment = keyLineComment(text.slice(afterColon, keyLineEnd));
  return { range: lines.rangeOf(afterColon, withoutFinalBreak(text, field.valueEnd)), newText: ` ${formatValue(value)}${comment}` };
}

/** `  # comment` at the end of a key line's rest, with the spaces before it, or ''. */
function keyLineComment(rest: string): string {
  let start = rest.search(/[ \t]#/);
  if (start < 0) return '';
  while (start > 0 && (rest[start - 1] === ' ' || rest[start - 1] === '\t')) start--;
  return rest.slice(start);
}

/** `end` less the one line break (LF, CRLF or CR) just before it, if there is one. */
function withoutFinalBreak(text: string, end: number): number {
  if (text.charCodeAt(end - 1) === 10) end--;
  else if (text.charCodeAt(end - 1) !== 13) return end;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * Inserts `key: value` lines after the last field: before the closing fence, or before a YAML
 * document end marker (`...`) when there is one (creating the front-matter if there is none).
 */
function insertFieldsEdit(doc: HeaderInfo, fieldLines: readonly string[]): TextEdit {
  const { lines, eol, frontMatter } = doc;
  const body = fieldLines.join(eol);
  if (!frontMatter) return { range: lines.rangeOf(0, 0), newText: `---${eol}${body}${eol}---${eol}` };
  const at = documentEndMarker(doc.text, frontMatter.block.contentStart, frontMatter.block.contentEnd) ?? frontMatter.block.contentEnd;
  return { range: lines.rangeOf(at, at), newText: `${body}${eol}` };
}

/** Offset of a `...` line between `from` and `to`, if any. */
function documentEndMarker(text: string, from: number, to: number): number | undefined {
  for (let start = from; start < to; ) {
    const end = lineEndAt(text, start);
    if (/^\.\.\.(?:[ \t]|$)/.test(text.slice(start, Math.min(end, start + 4)))) return start;
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return undefined;
}

/** YAML text for a value on one line, keeping an existing scalar's quoting style when there is one. */
export function formatValue(value: FieldValue, style?: Scalar.Type): string {
  if (Array.isArray(value)) return `[${value.map((item) => (hasLineBreak(item) ? JSON.stringify(item) : flowItem(item))).join(', ')}]`;
  // yaml would write a block scalar, whose lines need an indentation this edit does not know.
  if (style === 'QUOTE_DOUBLE' || hasLineBreak(String(value))) return JSON.stringify(String(value));
  if (style === 'QUOTE_SINGLE') return `'${String(value).replace(/'/g, "''")}'`;
  // Lint reports build their fixes eagerly: a word (a status, a type id, a placeholder) is written
  // as it is, as yaml writes it, without loading or running yaml.
  if (typeof value === 'string' && PLAIN_WORD.test(value) && !YAML_KEYWORD.test(value)) return value;
  return libraries().stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Strings yaml writes plain, unquoted (test/unit/edit/format-value.test.ts checks against yaml). */
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Words a YAML reader may take for a boolean or null (core schema, and YAML 1.1's yes/no/on/off). */
const YAML_KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

const hasLineBreak = (text: string) => /[\r\n]/.test(text);

/** `./` and `../` paths of ordinary characters: plain scalars anywhere, so no YAML writer is needed. */
const PLAIN_PATH = /^\.\.?\/(?:[\w./~()+@-]| (?=\S))*$/;

/**
 * A string as one YAML scalar in place of another: in the old one's quoting style, a plain one
 * quoted only when it must be (as an item of a flow list `[…]` when `flow`).
 */
export function formatScalar(value: string, style: Scalar.Type | undefined, flow: boolean): string {
  if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE' || hasLineBreak(value)) return formatValue(value, style);
  if (PLAIN_PATH.test(value)) return value;
  return flow ? flowItem(value) : formatValue(value);
}

/** A list item as YAML writes it inside `[…]`, where `,` `[` `]` `{` `}` need quotes too. */
function flowItem(item: string): string {
  return libraries().stringify([item], { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim().slice(1, -1);
}
