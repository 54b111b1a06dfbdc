// Property test: the block scanner's outline (parseMarkdown's fast path) is exactly the outline
// remark's full syntax tree gives: the same headings (depth, text, offsets), `##` sections (range,
// emptiness, task items), task items (checked, text, offsets, check box) and disable comments, on
// thousands of seeded documents. Documents the scanner hands to remark (scanOutline returns
// undefined) are counted, and the fast path must cover nearly all realistic ones.
import assert from 'node:assert/strict';
import { handoffDoc, ordinaryDoc, pickKind, pickType } from '../../generators/content';
import { createRng } from '../../generators/prng';
import { parseMarkdown } from '../../../src/core/parse/markdown';
import { parseMarkdownWithRemark } from '../../../src/core/parse/remark/remark-outline';
import { plainInline } from '../../../src/core/parse/scanner/inline-text';
import { scanOutline } from '../../../src/core/parse/scanner/scan-outline';
import { MarkdownGenerator } from '../helpers/markdown-generator';

const HOSTILE_DOCUMENTS = Number(process.env.OUTLINE_PROPERTY_RUNS) || 4000;
const REALISTIC_DOCUMENTS = 300;

interface Failure {
  readonly seed: number;
  readonly text: string;
  readonly message: string;
}

function check(text: string, seed: number, failures: Failure[]): boolean {
  const fast = scanOutline(text);
  if (fast === undefined) return false;
  try {
    assert.deepStrictEqual(fast, parseMarkdownWithRemark(text));
  } catch (error) {
    failures.push({ seed, text, message: error instanceof Error ? error.message.slice(0, 2000) : String(error) });
  }
  return true;
}

function report(failures: readonly Failure[]): string {
  return failures
    .slice(0, 3)
    .map((f) => `seed ${f.seed}: ${JSON.stringify(f.text)}\n${f.message}`)
    .join('\n\n');
}

describe('outline property: block scanner = remark', function () {
  this.timeout(120_000);

  it(`agrees with remark on ${HOSTILE_DOCUMENTS} generated hostile documents`, () => {
    const failures: Failure[] = [];
    let fast = 0;
    for (let seed = 1; seed <= HOSTILE_DOCUMENTS; seed++) {
      if (check(new MarkdownGenerator(seed).document(), seed, failures)) fast++;
    }
    assert.equal(failures.length, 0, `${failures.length} of ${fast} scanned documents differ from remark:\n${report(failures)}`);
    // Hostile documents are full of what makes the scanner step aside (`]:`, lazy table rows, ...),
    // but most must still take the fast path, or the test proves little.
    assert.ok(fast >= HOSTILE_DOCUMENTS * 0.6, `only ${fast} of ${HOSTILE_DOCUMENTS} documents took the fast path`);
  });

  it(`agrees with remark on ${REALISTIC_DOCUMENTS} handoffs and notes, nearly all on the fast path`, () => {
    const failures: Failure[] = [];
    let fast = 0;
    for (let seed = 1; seed <= REALISTIC_DOCUMENTS; seed++) {
      const rng = createRng(seed);
      const text = seed % 2 ? handoffDoc(rng, pickType(rng), pickKind(rng)) : ordinaryDoc(rng);
      if (check(text, seed, failures)) fast++;
    }
    assert.equal(failures.length, 0, `${failures.length} realistic documents differ from remark:\n${report(failures)}`);
    assert.ok(fast >= REALISTIC_DOCUMENTS * 0.98, `only ${fast} of ${REALISTIC_DOCUMENTS} realistic documents took the fast path`);
  });

  it('reads the inline text of 10000 generated headings as remark does (or defers to it)', () => {
    const tokens = ['a', 'b c', ' ', '*', '**', '_', '__', '`', '``', '[', ']', '(', ')', '](x)', '[t](u)', 'x_y', '.', ',', '!', '—', '\u00a0', '&', 'www.x.com', '~', '<', '\\'];
    const rng = createRng(99);
    let plain = 0;
    const failures: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      let line = '';
      for (let k = rng.int(1, 8); k > 0; k--) line += rng.pick(tokens);
      const text = plainInline(line);
      if (text === undefined) continue;
      plain++;
      const expected = parseMarkdownWithRemark(`# ${line}`).headings[0]?.text;
      if (text.trim() !== expected) failures.push(`${JSON.stringify(line)}: ${JSON.stringify(text.trim())} ≠ remark ${JSON.stringify(expected)}`);
    }
    assert.deepEqual(failures.slice(0, 5), []);
    assert.ok(plain > 1500, `only ${plain} lines read without remark`);
  });

  it('falls back to remark for what it does not reproduce, with the same result', () => {
    const cases = [
      '## A\n\n[ref]: http://x\n\n- [ ] [ref]\n',
      '# Foo[^1]\n\n[^1]: note\n',
      '- [ ]\n  text on the next line\n',
      '## A\n\ntext <!-- handoff-disable overdue --> inline\n',
      'nul \0 char\n',
    ];
    for (const text of cases) {
      assert.equal(scanOutline(text), undefined, JSON.stringify(text));
      assert.deepStrictEqual(parseMarkdown(text), parseMarkdownWithRemark(text));
    }
  });
});
