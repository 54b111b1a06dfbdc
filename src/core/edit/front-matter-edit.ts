// Minimal text edits to front-matter fields. Only the bytes of the value being set change:
// comments, quoting, key order and every other line stay byte-for-byte as they were.
import type { Scalar } from 'yaml';
import { isScalar, libraries } from '../vendor/load';
import type { HeaderInfo } from '../model/handoff';
import type { TextEdit } from '../model/text';

export type FieldValue = string | number | readonly string[];

/** An edit that sets `key` to `value`: replaces the value in place, or appends `key: value` as the last field. */
export function setFieldEdit(doc: HeaderInfo, key: string, value: FieldValue): TextEdit {
  return doc.frontMatter?.fields.has(key) ? replaceValueEdit(doc, key, value) : appendFieldsEdit(doc, [`${key}: ${formatValue(value)}`]);
}

/**
 * Edits that set several fields at once (one undo step in an editor): existing values are
 * replaced in place; new keys are appended together, in the order given, as the last fields.
 */
export function setFieldsEdits(doc: HeaderInfo, fields: Readonly<Record<string, FieldValue>>): TextEdit[] {
  const entries = Object.entries(fields);
  const edits = entries.filter(([key]) => doc.frontMatter?.fields.has(key)).map(([key, value]) => replaceValueEdit(doc, key, value));
  const added = entries.filter(([key]) => !doc.frontMatter?.fields.has(key)).map(([key, value]) => `${key}: ${formatValue(value)}`);
  return added.length ? [...edits, appendFieldsEdit(doc, added)] : edits;
}

function replaceValueEdit(doc: HeaderInfo, key: string, value: FieldValue): TextEdit {
  const { lines, frontMatter } = doc;
  const existing = frontMatter!.fields.get(key)!;
  if (existing.valueEnd > existing.valueStart) {
    // Only a quoted value keeps its quotes: a value that can only be a plain scalar needs no YAML
    // Document (building one costs more than the rest of a lint).
    const raw = doc.text.slice(existing.valueStart, existing.valueEnd);
    const plainOnly = /^[^\s"'|>!&*[{\-?#%@`]/.test(raw) && !/[\r\n]|: /.test(raw);
    const node = plainOnly ? undefined : frontMatter!.document.get(key, true);
    const style = isScalar(node) ? node.type : undefined;
    return { range: lines.rangeOf(existing.valueStart, existing.valueEnd), newText: formatValue(value, style) };
  }
  // `key:` with nothing after it: write the value just after the colon.
  const colon = doc.text.indexOf(':', existing.keyEnd);
  const at = colon >= 0 ? colon + 1 : existing.keyEnd;
  const lineEnd = lines.lineEnd(lines.positionAt(at).line);
  // `key:   # comment` keeps its comment: the value goes in front of the spaces before it.
  const end = /^[ \t]+#/.test(doc.text.slice(at, lineEnd)) ? at : lineEnd;
  return { range: lines.rangeOf(at, end), newText: ` ${formatValue(value)}` };
}

/** Inserts `key: value` lines after the last field (creating the front-matter if there is none). */
function appendFieldsEdit(doc: HeaderInfo, fieldLines: readonly string[]): TextEdit {
  const { lines, eol, frontMatter } = doc;
  const body = fieldLines.join(eol);
  if (!frontMatter) return { range: lines.rangeOf(0, 0), newText: `---${eol}${body}${eol}---${eol}` };
  const { contentStart, contentEnd } = frontMatter.block;
  // A last line without a line break (only possible in an unclosed block) needs one first.
  const needsBreak = contentEnd > contentStart && !/[\r\n]$/.test(doc.text.slice(contentStart, contentEnd));
  return { range: lines.rangeOf(contentEnd, contentEnd), newText: `${needsBreak ? eol : ''}${body}${eol}` };
}

/** YAML text for a value, keeping an existing scalar's quoting style when there is one. */
export function formatValue(value: FieldValue, style?: Scalar.Type): string {
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v)).join(', ')}]`;
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(String(value));
  if (style === 'QUOTE_SINGLE') return `'${String(value).replace(/'/g, "''")}'`;
  return libraries().stringify(value, { lineWidth: 0 }).trimEnd();
}
