// How deep a config's YAML may nest, bounded before the recursive `yaml` parser sees it (load-config.ts).

/**
 * True when the YAML may nest deeper than `limit`, found in one linear pass before the recursive
 * parser runs: an upper bound from block indentation levels, compact `- ` entries on a line and
 * open flow brackets (a bracket in a plain scalar counts too; no real config comes near the limit).
 */
export function nestingExceeds(text: string, limit: number): boolean {
  const indents: number[] = [];
  let flow = 0;
  for (const line of text.split('\n')) {
    let i = 0;
    while (line[i] === ' ') i++;
    if (i === line.length || line[i] === '#') continue;
    while (indents.length && indents[indents.length - 1]! >= i) indents.pop();
    indents.push(i);
    let compact = 0;
    for (; (line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === '\t'); i += 2) compact++;
    let quote = '';
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') {
        if (indents.length + compact + ++flow > limit) return true;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (indents.length + compact > limit) return true;
  }
  return false;
}
