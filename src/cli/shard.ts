// `--shard i/n`: n CI runners each lint about 1/n of the files, every file in exactly one shard,
// the same one on every run and machine: chosen by a hash of the path from the repository root.
import { CliError } from './args';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CliError(`unexpected --shard '${value}', expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

/** True when the file at `relativePath` (from the repository root, '/'-separated) belongs to `shard`. */
export function inShard(relativePath: string, shard: Shard): boolean {
  return (fnv1a(relativePath) % shard.count) + 1 === shard.index;
}

/** 32-bit FNV-1a over the UTF-16 code units: fast, stable, and spreads similar paths well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
