// Typed reads of `.handoff.yml`'s YAML nodes for load-config.ts: every wrong shape is a reported
// problem with its node, never an exception.
import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../vendor/load';
import { closest } from '../util/closest';

/** Day counts beyond a century are typos (`sla_days: 100000000` made dates invalid). */
export const MAX_DAYS = 36_500;

/** Typed reads of YAML nodes that report, rather than throw, on a wrong shape. */
export class Reader {
  constructor(readonly report: (node: Node | null | undefined, message: string) => void) {}

  /** A mapping's pairs with plain keys; a duplicate key is reported and skipped (the first one counts). */
  *pairs(map: YAMLMap): Generator<[string, Pair<Node, Node | null>]> {
    const seen = new Set<string>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const key = this.key(pair);
      if (key === undefined) continue;
      if (seen.has(key)) {
        this.report(pair.key, `Duplicate key \`${key}\`: the first one applies`);
        continue;
      }
      seen.add(key);
      yield [key, pair];
    }
  }

  private key(pair: Pair<Node, Node | null>): string | undefined {
    if (isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number')) return String(pair.key.value);
    this.report(pair.key, 'Expected a plain key');
    return undefined;
  }

  string(node: Node | null | undefined, name: string): string | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    this.report(node, `Expected \`${name}\` to be a string`);
    return undefined;
  }

  number(node: Node | null | undefined, name: string): number | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) && node.value >= 0) return node.value;
    this.report(node, `Expected \`${name}\` to be a number of 0 or more`);
    return undefined;
  }

  /** A whole number of days, 0 to MAX_DAYS: date arithmetic with anything else makes invalid dates. */
  days(node: Node | null | undefined, name: string): number | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && Number.isInteger(node.value) && (node.value as number) >= 0 && (node.value as number) <= MAX_DAYS) return node.value as number;
    this.report(node, `Expected \`${name}\` to be a whole number of days from 0 to ${MAX_DAYS}`);
    return undefined;
  }

  stringList(node: Node | null | undefined, name: string): string[] | undefined {
    if (node === undefined) return undefined;
    if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      return (node.items as { value: string }[]).map((i) => i.value.trim()).filter(Boolean);
    }
    this.report(node, `Expected \`${name}\` to be a list of strings`);
    return undefined;
  }

  map(node: Node | null | undefined, name: string): node is YAMLMap {
    if (isMap(node)) return true;
    this.report(node, `Expected \`${name}\` to be a mapping`);
    return false;
  }
}

/** `Unknown config key \`foldr\`; did you mean \`folder\`?`, or the list of what is expected. */
export function unknown(what: string, word: string, expected: readonly string[]): string {
  const near = closest(word, expected);
  return near ? `Unknown ${what}; did you mean \`${near}\`?` : `Unknown ${what}, expected one of ${expected.map((e) => `\`${e}\``).join(', ')}`;
}
