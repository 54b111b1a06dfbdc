// The time and memory budget of one document: what the parsers are given, at most. Every limit is
// far beyond a real handoff and well below what makes a parser slow or exhausts its stack; a
// document that passes one is still linted, with a `too-complex` warning instead of what the
// limit guards (docs/ARCHITECTURE.md, "Limits").

/**
 * Containers (block quotes, list items) inside one another, and YAML collections inside one
 * another. The block scanner walks every open container on every line and remark's cost grows
 * with the depth too; yaml recurses once per level, and a stack overflow during a regular
 * expression compile aborts the process instead of throwing. Real documents stay under 8.
 */
export const MAX_NESTING = 32;

/**
 * Blocks (paragraphs, headings, list items, lists, quotes, ...) in one body. The block scanner keeps
 * them all until the outline is built; a megabyte of one-word nested list items makes millions
 * of them and seconds of garbage collection. A 1 MB handoff of real prose has about 10,000.
 */
export const MAX_BLOCKS = 50_000;

/**
 * Front-matter longer than this is not given to `yaml`, which reads about 0.1 MB/s of flow
 * collections here and needs gigabytes for a megabyte of unclosed brackets. Real front-matter is
 * under 2 KB; plain `key: value` front-matter of any size is read by the linear fast reader.
 */
export const MAX_FRONT_MATTER_LENGTH = 16 * 1024;

/**
 * YAML problems kept per document: 400,000 duplicate keys would otherwise be 400,000 diagnostics
 * (seconds to sort and show). The first ones are shown; fixing them shows the next.
 */
export const MAX_YAML_PROBLEMS = 100;

/**
 * remark, the fallback for what the block scanner does not reproduce, is the slow parser (about
 * 0.2 MB/s on prose, quadratic on long lists and emphasis runs): larger bodies that need it are
 * not read. The scanner itself is linear and has no size limit below MAX_LINT_LENGTH.
 */
export const MAX_REFERENCE_PARSE_LENGTH = 8 * 1024;

/**
 * YAML aliases (`*name`) in a front-matter: `yaml` walks the whole document for each one it
 * resolves, and again for each alias inside what it points to. Real front-matter has none.
 */
export const MAX_ALIASES = 16;

/**
 * The first line whose container markers (`>`, `-`, `*`, `+`, `1.`, `1)` before its text) go past
 * MAX_NESTING, or undefined: an upper bound, in one pass, on how deep a line opens containers in
 * remark. Nesting by indentation alone needs the square of its depth in bytes, so the size limit
 * for remark (MAX_REFERENCE_PARSE_LENGTH) already keeps it far from remark's stack limit.
 */
export function deepestLine(text: string, from: number): { start: number; end: number } | undefined {
  const n = text.length;
  let lineStart = from;
  while (lineStart < n) {
    let depth = 0;
    let i = lineStart;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) continue;
      if (c === 62 /* > */ || c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) depth++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j);
        if (after !== 46 /* . */ && after !== 41 /* ) */) break;
        depth++;
        i = j;
      } else break;
      if (depth > MAX_NESTING) return { start: lineStart, end: lineEndAt(text, i) };
    }
    const end = lineEndAt(text, i);
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

/**
 * How deep `yaml` can nest on this text, as an upper bound found in one pass: on each line, the
 * enclosing block indentation levels (a stack of smaller indents above it) plus its compact `- `,
 * `? ` and `: ` indicators, plus the flow brackets (`[`, `{`) open at that point (brackets in
 * quotes count too).
 */
export function yamlNesting(yaml: string): number {
  const indents: number[] = [];
  let flow = 0;
  let deepest = 0;
  let i = 0;
  while (i < yaml.length) {
    let column = 0;
    while (yaml.charCodeAt(i) === 32 || yaml.charCodeAt(i) === 9) {
      column++;
      i++;
    }
    const first = yaml.charCodeAt(i);
    let block = 0;
    if (i < yaml.length && first !== 10 && first !== 13 && first !== 35 /* # */) {
      while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
      indents.push(column);
      block = indents.length;
      // Compact collections: `- - x`, `? - x`, `- a: - x`.
      for (;;) {
        const c = yaml.charCodeAt(i);
        const next = yaml.charCodeAt(i + 1);
        if (!((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9))) break;
        block++;
        i += 2;
        while (yaml.charCodeAt(i) === 32 || yaml.charCodeAt(i) === 9) i++;
      }
    }
    for (; i < yaml.length; i++) {
      const c = yaml.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c === 91 /* [ */ || c === 123 /* { */) flow++;
      else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
      if (block + flow > deepest) deepest = block + flow;
    }
    if (block > deepest) deepest = block;
    i++;
  }
  return deepest;
}

/** An upper bound on the aliases in `yaml`: `*` followed by a name character, after a space, `[`, `{`, `,` or at a line start. */
export function yamlAliases(yaml: string): number {
  let count = 0;
  for (let i = yaml.indexOf('*'); i >= 0; i = yaml.indexOf('*', i + 1)) {
    const before = i === 0 ? 10 : yaml.charCodeAt(i - 1);
    const after = yaml.charCodeAt(i + 1);
    const opens = before === 32 || before === 9 || before === 10 || before === 13 || before === 91 || before === 123 || before === 44;
    if (opens && after > 32 && after !== 44 && after !== 93 && after !== 125) count++;
  }
  return count;
}

function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
