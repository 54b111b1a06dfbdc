// The front-matter most handoffs have, read without the YAML parser: `key: value` lines at the
// left margin whose values are plain scalars, one-line `[a, b]` lists or `- item` lists. The
// values, offsets and problems are exactly those the YAML parser gives (proved by
// test/unit/model/front-matter-property.test.ts); anything else (quotes, comments, nesting, tabs,
// multi-line scalars, numbers other than small integers, ...) returns undefined and goes to `yaml`.
import type { Field, YamlProblem } from '../../model/front-matter';

export interface SimpleYaml {
  readonly fields: Map<string, Field>;
  readonly errors: YamlProblem[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const ITEM = /^( *)- +(?=\S)/;
/** First characters that make a plain scalar something else (or need the real parser). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_SCALAR = Symbol('not a simple scalar');

/** Fields of a simple front-matter (`yaml` is the text between the fences, at `base`), or undefined. */
export function readSimpleYaml(yaml: string, base: number): SimpleYaml | undefined {
  if (yaml.includes('\t') || /\r(?!\n)/.test(yaml)) return undefined;
  const lines = splitLines(yaml);
  const fields = new Map<string, Field>();
  const errors: YamlProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { start, text } = lines[i]!;
    if (text === '') continue;
    const key = KEY.exec(text);
    if (!key) return undefined;
    const name = key[1]!;
    const keyStart = base + start;
    const keyEnd = keyStart + name.length;
    const rest = text.slice(key[0].length);
    let value: unknown;
    let valueStart: number;
    let valueEnd: number;
    if (rest === '') {
      // Nothing after the colon: a null, unless `- item` lines follow.
      const items: unknown[] = [];
      let indent: string | undefined;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const item = ITEM.exec(lines[j]!.text);
        if (!item || (indent !== undefined && item[1] !== indent)) break;
        indent = item[1]!;
        const v = plain(lines[j]!.text.slice(item[0].length).replace(/(?<! ) +$/, ''));
        if (v === NOT_SCALAR) return undefined;
        items.push(v);
      }
      if (items.length === 0) {
        value = null;
        valueStart = valueEnd = base + start + text.length;
      } else {
        const last = lines[j - 1]!;
        if (last.next === undefined) return undefined;
        value = items;
        valueStart = base + lines[i + 1]!.start + indent!.length;
        valueEnd = base + last.next;
        i = j - 1;
      }
    } else if (rest.startsWith('[')) {
      const flow = /^\[([^\]]*)\] *$/.exec(rest);
      if (!flow) return undefined;
      const inner = flow[1]!;
      const items = inner.trim() === '' ? [] : inner.split(',').map((s) => (/[:#[\]{}]/.test(s) ? NOT_SCALAR : plain(s.trim())));
      if (items.includes(NOT_SCALAR)) return undefined;
      value = items;
      valueStart = base + start + key[0].length;
      valueEnd = valueStart + inner.length + 2;
    } else {
      const raw = rest.replace(/(?<! ) +$/, '');
      const v = plain(raw);
      if (v === NOT_SCALAR) return undefined;
      value = v;
      valueStart = base + start + key[0].length;
      valueEnd = valueStart + raw.length;
    }
    if (fields.has(name)) errors.push({ message: 'Map keys must be unique', start: keyStart, end: keyEnd, code: 'DUPLICATE_KEY' });
    else fields.set(name, { key: name, value, keyStart, keyEnd, valueStart, valueEnd });
  }
  return { fields, errors };
}

/** A plain scalar as YAML 1.2's core schema resolves it, or NOT_SCALAR when it takes more than that. */
function plain(raw: string): unknown {
  if (raw === '' || INDICATOR.test(raw) || raw.includes(' #') || raw.includes(': ') || raw.endsWith(':')) return NOT_SCALAR;
  switch (raw) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (/^[0-9]{1,15}$/.test(raw)) return Number(raw);
  // A relative path (`follows: ../a.md`) is no number: a core-schema float has a digit after its dot.
  if (/^\.\.?\//.test(raw)) return raw;
  // Other numbers (signs, floats, octal, hex, `.inf`) and anything else starting like one.
  if (/^[-+.0-9]/.test(raw) && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw)) return NOT_SCALAR;
  return raw;
}

interface Line {
  readonly start: number;
  readonly text: string;
  /** Offset just past its line break; undefined for a last line without one. */
  readonly next: number | undefined;
}

function splitLines(yaml: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < yaml.length) {
    const n = yaml.indexOf('\n', start);
    if (n < 0) {
      lines.push({ start, text: yaml.slice(start), next: undefined });
      break;
    }
    const end = n > start && yaml.charCodeAt(n - 1) === 13 ? n - 1 : n;
    lines.push({ start, text: yaml.slice(start, end), next: n + 1 });
    start = n + 1;
  }
  return lines;
}
