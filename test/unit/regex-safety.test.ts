// Linear-time patterns only: every regular expression literal in src/core (found by the TypeScript
// parser, so a new one is checked the day it is written) runs over adversarial strings built from
// its own characters and words: 64 KB strings of each character after each prefix of the
// pattern's words, of character-space pairs and words repeated, in lines just under each `{n}`
// bound, then 1 MB strings of each character. A pattern that
// backtracks (nested or adjacent quantifiers over the same characters) takes seconds to forever on
// these; a linear one, milliseconds. It runs in a worker thread, so an exponential pattern fails
// the test (naming the pattern) instead of hanging it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { repoRoot } from './helpers/repo-root';

interface Pattern {
  readonly file: string;
  readonly source: string;
  readonly flags: string;
}

/** CPU time one string may take: linear patterns take well under 10 ms on 1 MB here. */
const PER_STRING_MS = 1_000;
/** Wall time for one pattern and all its strings, after which the worker is stopped. */
const PER_PATTERN_MS = 20_000;
const SMALL = 64 * 1024;
const LARGE = 1024 * 1024;

/** Every regular expression literal (and `new RegExp('literal')`) in the TypeScript files under `dir`. */
function collectPatterns(dir: string): Pattern[] {
  // Loaded at run time: bundling the compiler into the test would add megabytes.
  const ts = createRequire(__filename)('typescript') as typeof import('typescript');
  const patterns: Pattern[] = [];
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.ts')) continue;
    const file = path.join(dir, name);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: import('typescript').Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        patterns.push({ file: name, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        assert.ok(first && ts.isStringLiteralLike(first), `${name}: new RegExp(${first?.getText()}) is not a literal; make it one so this test can check it`);
        patterns.push({ file: name, source: first.text, flags: second && ts.isStringLiteralLike(second) ? second.text : '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return patterns;
}

/** The pattern's characters (escapes read as what they match) and a few every input has. */
function alphabet(source: string): string[] {
  const chars = new Set([' ', '\n', 'a', '0', '\u0000']);
  const escapes: Record<string, string[]> = { s: [' ', '\t', '\n'], d: ['0'], w: ['a', '_'], t: ['\t'], r: ['\r'], n: ['\n'] };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i] ?? '';
      for (const e of escapes[next] ?? [next]) chars.add(e);
    } else if (!'()|?+*{}^$'.includes(c)) chars.add(c);
  }
  return [...chars];
}

/** Growing prefixes of the pattern's literal words: "", "<!--", "<!-- handoff-disable", ... */
function prefixes(source: string): string[] {
  const words = source
    .replace(/\\[sdwSDWbB]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .split(/[\^$.|?*+()[\]{}\s]+/)
    .filter((w) => w.length >= 2);
  const result = [''];
  for (const w of words.slice(0, 4)) result.push(result.length === 1 ? w : `${result[result.length - 1]} ${w}`);
  return result;
}

/** Repetition counts just under the pattern's explicit bounds (`{64}` → 63): a match that needs one more fails late. */
function underBounds(source: string): number[] {
  const counts = [...source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)].flatMap((m) => [Number(m[1]) - 1, Number(m[2] || 0) - 1]);
  return [...new Set(counts.filter((n) => n >= 2 && n <= 1000))];
}

interface Case {
  readonly prefix: string;
  readonly unit: string;
  /** Units per line (each line ends in NUL and a line break), or undefined for one long run. */
  readonly perLine?: number;
}

function adversarial(pattern: Pattern, size: number): Case[] {
  const chars = alphabet(pattern.source);
  const heads = prefixes(pattern.source);
  if (size === LARGE) return chars.map((unit) => ({ prefix: '', unit }));
  // 64 KB: each character after each prefix of the pattern's words; each character-space pair,
  // word and the words together as repeated units; pairs in lines just under each bound.
  const cases: Case[] = [];
  for (const prefix of heads) for (const unit of chars) cases.push({ prefix, unit });
  const units = [...chars.filter((c) => c !== ' ').map((c) => `${c} `), ...heads.slice(1).map((h) => `${h} `)];
  for (const unit of units) {
    cases.push({ prefix: '', unit });
    for (const perLine of underBounds(pattern.source)) cases.push({ prefix: '', unit, perLine });
  }
  return cases;
}

function build({ prefix, unit, perLine }: Case, size: number): string {
  if (perLine === undefined) return prefix + unit.repeat(Math.ceil(size / unit.length)) + '\u0000';
  const line = `${unit.repeat(perLine)}\u0000\n`;
  return line.repeat(Math.ceil(size / line.length));
}

/**
 * In the worker: runs each pattern (as a global search, the most work any call can do) over its
 * 64 KB strings, then, if none was slow, its 1 MB ones.
 */
function runPatterns(patterns: readonly Pattern[]): void {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  patterns.forEach((pattern, index) => {
    parentPort!.postMessage({ started: index });
    const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    let worst = { ms: 0, input: '' };
    for (const size of [SMALL, LARGE]) {
      if (worst.ms > PER_STRING_MS) break;
      for (const c of adversarial(pattern, size)) {
        const input = build(c, size);
        const started = cpu();
        regex.lastIndex = 0;
        for (const match of input.matchAll(regex)) void match;
        const ms = cpu() - started;
        if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(c.prefix)} + ${JSON.stringify(c.unit)} × ${c.perLine ? `${c.perLine} per line` : size / c.unit.length} + "\\u0000"` };
      }
    }
    parentPort!.postMessage({ done: index, worst });
  });
  parentPort!.postMessage({ finished: true });
}

if (!isMainThread) {
  const { workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (workerData?.regexSafety) runPatterns(workerData.regexSafety as Pattern[]);
} else {
  describe('regular expressions in src/core run in linear time', function () {
    this.timeout(10 * 60_000);
    // REGEX_SAFETY_SRC points the test at another tree (to show it fails on an older one).
    const dir = process.env.REGEX_SAFETY_SRC ?? path.join(repoRoot(), 'src/core');

    it('finds the patterns', () => {
      const patterns = collectPatterns(dir);
      assert.ok(patterns.length > 50, `only ${patterns.length} patterns found`);
      assert.ok(patterns.some((p) => p.source === '^---[ \\t]*$'), 'the front-matter fence pattern is among them');
    });

    it('each pattern finishes every adversarial string (64 KB, and 1 MB of each character) within a generous budget', async () => {
      const patterns = collectPatterns(dir);
      const slow: string[] = [];
      // One worker for all patterns; one that hangs is stopped and the rest go to a new worker.
      let from = 0;
      while (from < patterns.length) {
        from = await new Promise<number>((resolve, reject) => {
          const batch = patterns.slice(from);
          const worker = new Worker(__filename, { workerData: { regexSafety: batch } });
          let current = -1;
          let timer: NodeJS.Timeout | undefined;
          const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              const p = batch[current]!;
              slow.push(`${p.file}: /${p.source}/${p.flags} did not finish within ${PER_PATTERN_MS / 1000} s`);
              void worker.terminate();
              resolve(from + current + 1);
            }, PER_PATTERN_MS);
          };
          worker.on('message', (m: { started?: number; done?: number; worst?: { ms: number; input: string }; finished?: boolean }) => {
            if (m.started !== undefined) {
              current = m.started;
              arm();
            } else if (m.done !== undefined && m.worst!.ms > PER_STRING_MS) {
              const p = batch[m.done]!;
              slow.push(`${p.file}: /${p.source}/${p.flags} took ${Math.round(m.worst!.ms)} ms on ${m.worst!.input}`);
            } else if (m.finished) {
              clearTimeout(timer);
              void worker.terminate();
              resolve(patterns.length);
            }
          });
          worker.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
          });
        });
      }
      assert.deepEqual(slow, []);
    });
  });
}
