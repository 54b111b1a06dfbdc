// The inputs that ever failed, kept in test/fuzz/regressions/ and checked on every run:
//   <check>-s<salt>-<hash>.input      the file's bytes
//   <check>-s<salt>-<hash>.input.gz   the same, gzipped (large inputs)
//   <check>-s<salt>-<hash>.json       { "text": … }: editor text no file can hold (lone surrogates)
// <salt> picks the status edits' variant (see checkCore) so a failing edit is replayed exactly.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface Regression {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly salt: number;
}

const GZIP_ABOVE = 16 * 1024;
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function readRegressions(dir: string): Regression[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(input|input\.gz|json)$/.test(f))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name));
      const salt = Number(/-s(\d+)-/.exec(name)?.[1] ?? 0);
      if (name.endsWith('.json')) {
        const text = (JSON.parse(raw.toString('utf8')) as { text: string }).text;
        return { name, text, bytes: new TextEncoder().encode(text), salt };
      }
      const bytes = name.endsWith('.gz') ? new Uint8Array(gunzipSync(raw)) : new Uint8Array(raw);
      return { name, bytes, text: lenient.decode(bytes), salt };
    });
}

/** Saves a failing input (text, when it is what the editor held; else bytes) and returns its file name. */
export function saveRegression(dir: string, check: string, salt: number, input: { text?: string; bytes?: Uint8Array }): string {
  mkdirSync(dir, { recursive: true });
  const slug = check.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  const wellFormed = input.text === undefined || !/[\ud800-\udfff]/.test(input.text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
  const bytes = input.bytes ?? new TextEncoder().encode(input.text ?? '');
  const hash = createHash('sha256').update(bytes).update(input.text ?? '').digest('hex').slice(0, 10);
  let name: string;
  let content: Uint8Array | string;
  if (!wellFormed) {
    name = `${slug}-s${salt}-${hash}.json`;
    content = `${JSON.stringify({ text: input.text })}\n`;
  } else if (bytes.length > GZIP_ABOVE) {
    name = `${slug}-s${salt}-${hash}.input.gz`;
    content = gzipSync(bytes, { level: 9 });
  } else {
    name = `${slug}-s${salt}-${hash}.input`;
    content = bytes;
  }
  writeFileSync(join(dir, name), content);
  return name;
}
