// Keystroke → diagnostics: the work LintService does for an open document after each edit
// (mayBeHandoff, parseHandoff, lintDocument), timed over 50 edits of a 50 KB and a 1 MB handoff.
// Each edit types one character at the end of a random body line, as a user would.
import { defaultConfig, lintDocument, mayBeHandoff, parseHandoff } from '../src/core/index';
import { keystrokeDocs } from './generate';
import { createRng } from '../test/generators/prng';

export interface KeystrokeResult {
  readonly label: string;
  readonly bytes: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly issues: number;
}

const EDITS = 50;
const WARMUP = 5;

export function runKeystrokes(edits = EDITS): KeystrokeResult[] {
  const config = defaultConfig();
  return keystrokeDocs().map(({ label, text: initial }) => {
    const rng = createRng(7);
    let text = initial;
    const bodyStart = text.indexOf('\n---\n', 4) + 5;
    const times: number[] = [];
    let issues = 0;
    const warmup = Math.min(WARMUP, edits);
    for (let i = 0; i < warmup + edits; i++) {
      // Type one character at the end of a random line of the body.
      let at = text.indexOf('\n', bodyStart + Math.floor(rng.next() * (text.length - bodyStart)));
      if (at < 0) at = text.length;
      text = `${text.slice(0, at)}${rng.pick(['a', 'e', ' ', 's', 't'])}${text.slice(at)}`;
      const t0 = performance.now();
      let found = 0;
      if (mayBeHandoff(text)) found = lintDocument(parseHandoff(text), { config, severities: {} }).length;
      const ms = performance.now() - t0;
      if (i >= warmup) times.push(ms);
      issues = found;
    }
    return { label, bytes: Buffer.byteLength(initial), medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), issues };
  });
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
