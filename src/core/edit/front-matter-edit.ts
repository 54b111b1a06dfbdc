// Minimal text edits to front-matter fields. Only the bytes of the value being set change:
// comments, quoting, key order and every other line stay byte-for-byte as they were.
import { isScalar, Scalar, stringify } from 'yaml';
import type { HeaderInfo } from '../model/handoff';
import type { TextEdit } from '../model/text';

/** An edit that sets `key` to `value`: replaces the value in place, or appends `key: value` as the last field. */
export function setFieldEdit(doc: HeaderInfo, key: string, value: string | number | readonly string[]): TextEdit {
  const { lines, eol, frontMatter } = doc;
  if (!frontMatter) {
    return { range: lines.rangeOf(0, 0), newText: `---${eol}${key}: ${formatValue(value)}${eol}---${eol}` };
  }
  const existing = frontMatter.fields.get(key);
  if (existing) {
    if (existing.valueEnd > existing.valueStart) {
      const node = frontMatter.document.get(key, true);
      const style = isScalar(node) ? node.type : undefined;
      return { range: lines.rangeOf(existing.valueStart, existing.valueEnd), newText: formatValue(value, style) };
    }
    // `key:` with nothing after it: write the value just after the colon.
    const colon = doc.text.indexOf(':', existing.keyEnd);
    const at = colon >= 0 ? colon + 1 : existing.keyEnd;
    return { range: lines.rangeOf(at, lines.lineEnd(lines.positionAt(at).line)), newText: ` ${formatValue(value)}` };
  }
  const { contentStart, contentEnd } = frontMatter.block;
  // A last line without a line break (only possible in an unclosed block) needs one first.
  const needsBreak = contentEnd > contentStart && !/[\r\n]$/.test(doc.text.slice(contentStart, contentEnd));
  return { range: lines.rangeOf(contentEnd, contentEnd), newText: `${needsBreak ? eol : ''}${key}: ${formatValue(value)}${eol}` };
}

/** YAML text for a value, keeping an existing scalar's quoting style when there is one. */
export function formatValue(value: string | number | readonly string[], style?: Scalar.Type): string {
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v)).join(', ')}]`;
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(String(value));
  if (style === Scalar.QUOTE_SINGLE) return `'${String(value).replace(/'/g, "''")}'`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
