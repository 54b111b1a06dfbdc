// The parser guards (src/core/parse/limits.ts): inputs that once hung the editor and the CLI or ate
// gigabytes, each linted in a worker thread with a generous budget (normal time is well under a
// second; the budget only tells a hang from a slow machine) and a heap cap, so a regression fails
// the test instead of freezing mocha.
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/load-config';
import { lintText } from '../../../src/core/lint/engine';
import { parseMarkdown } from '../../../src/core/parse/markdown';
import { collectDisables, isCommentOnly } from '../../../src/core/parse/outline';
import { parseMarkdownWithRemark } from '../../../src/core/parse/remark/remark-outline';
import { withoutClosingSequence } from '../../../src/core/parse/scanner/block-syntax';
import { MAX_ALIASES, MAX_BLOCKS, MAX_FRONT_MATTER_LENGTH, MAX_NESTING, MAX_REFERENCE_PARSE_LENGTH, MAX_YAML_PROBLEMS } from '../../../src/core/parse/limits';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';
import { createRng } from '../../generators/prng';
import { inWorker, IN_WORKER, serveJobs } from '../helpers/in-worker';
import { TODAY } from '../helpers/rule-tester';

interface Linted {
  readonly ids: string[];
  readonly tooComplex: string[];
  readonly yamlProblems: number;
  readonly headings: string[];
  readonly sameAsRemark: boolean | undefined;
}

serveJobs({
  lint(text): Linted {
    const { doc, issues } = lintText(text, { config: defaultConfig(), today: TODAY });
    return {
      ids: [...new Set(issues.map((i) => i.ruleId))].sort(),
      tooComplex: issues.filter((i) => i.ruleId === 'too-complex').map((i) => i.message),
      yamlProblems: issues.filter((i) => i.ruleId === 'yaml-syntax').length,
      headings: doc.headings.map((h) => h.text),
      // Small documents only: remark is the reference.
      sameAsRemark: text.length < 4096 && !doc.limitsExceeded?.length ? isDeepStrictEqual(parseMarkdown(text), parseMarkdownWithRemark(text)) : undefined,
    };
  },
});

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

/** Generous: these take milliseconds; before the guards they took minutes or forever. */
const BUDGET_MS = 20_000;
const lint = (text: string, maxHeapMb = 512) => inWorker<Linted>(__filename, 'lint', text, BUDGET_MS, maxHeapMb);
const HEAD = '---\nhandoff: generic\n---\n';

if (!IN_WORKER) {
  describe('parser guards: hostile inputs finish and say which limit they hit', function () {
    this.timeout(4 * BUDGET_MS);

    it('a 91-byte list nested 32 deep is read, as remark reads it; 33 deep is too complex', async () => {
      const text = `${HEAD}${'- '.repeat(32)}x\n`;
      assert.equal(Buffer.byteLength(text), 91);
      const ok = await lint(text);
      assert.deepEqual(ok.tooComplex, []);
      assert.equal(ok.sameAsRemark, true);
      // One limit for the scanner and the remark fallback (`]:` sends a document to remark).
      for (const body of [`${'- '.repeat(33)}x\n`, `${'> '.repeat(33)}x\n`, `${'1. '.repeat(20)}${'> '.repeat(13)}x\n`, `[a]: b\n\n${'- '.repeat(33)}x\n`, `${'- '.repeat(63)}x\n`]) {
        const deep = await lint(HEAD + body);
        assert.deepEqual(deep.tooComplex, [`Unexpected nesting deeper than ${MAX_NESTING} block quotes and list items: its sections and checklist are not checked`], body);
      }
      for (const body of [`[a]: b\n\n${'- '.repeat(32)}x\n`, `${'> '.repeat(32)}x\n`]) {
        const deep = await lint(HEAD + body);
        assert.deepEqual(deep.tooComplex, [], body);
        assert.equal(deep.sameAsRemark, true, body);
      }
    });

    it('a heading of `#` and 300,000 spaces', async () => {
      const result = await lint(`${HEAD}#${' '.repeat(300_000)}\n## Summary\n`);
      assert.deepEqual(result.headings, ['', 'Summary']);
      assert.deepEqual((await lint(`${HEAD}# a${' '.repeat(300_000)}x\n`)).headings, [`a${' '.repeat(300_000)}x`]);
    });

    it('a 1.5 MB unclosed front-matter of `[` (bounded heap)', async () => {
      const result = await lint(`---\nhandoff: generic\n${'['.repeat(1_500_000)}`, 256);
      assert.deepEqual(result.ids, ['too-complex', 'yaml-syntax']);
      assert.deepEqual(result.tooComplex, [
        `Unexpected front-matter over ${MAX_FRONT_MATTER_LENGTH / 1024} KB: its fields are not read; body over ${MAX_REFERENCE_PARSE_LENGTH / 1024} KB that needs the full Markdown parser (unclosed front-matter): its sections and checklist are not checked`,
      ]);
    });

    it('100,000 duplicate keys: checked in linear time, the first problems shown', async () => {
      const fast = await lint(`---\nhandoff: generic\n${'status: open\n'.repeat(100_000)}---\n`);
      assert.equal(fast.yamlProblems, MAX_YAML_PROBLEMS);
      // Quoted keys need the YAML parser: as many as fit under its size limit.
      const quoted = `---\nhandoff: generic\n${'"status": open\n'.repeat(Math.floor((MAX_FRONT_MATTER_LENGTH - 20) / 15))}---\n`;
      const viaYaml = await lint(quoted);
      assert.equal(viaYaml.yamlProblems, MAX_YAML_PROBLEMS);
      assert.deepEqual(viaYaml.tooComplex, []);
    });

    it('front-matter that yaml would recurse on, read slowly or expand: too complex, not parsed', async () => {
      const cases: [string, string][] = [
        [`x: ${'['.repeat(MAX_NESTING + 1)}`, `nested deeper than ${MAX_NESTING} levels`],
        [`${'- '.repeat(MAX_NESTING + 1)}x`, `nested deeper than ${MAX_NESTING} levels`],
        [Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), `nested deeper than ${MAX_NESTING} levels`],
        [`x: [${'"a", '.repeat(MAX_FRONT_MATTER_LENGTH / 5)}]`, `over ${MAX_FRONT_MATTER_LENGTH / 1024} KB`],
        [['a0: &a0 [x]', ...Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join('\n'), `with more than ${MAX_ALIASES} aliases`],
      ];
      for (const [yaml, what] of cases) {
        const result = await lint(`---\nhandoff: generic\n${yaml}\n---\n# T\n`);
        assert.deepEqual(result.ids, ['too-complex'], yaml.slice(0, 40));
        assert.deepEqual(result.tooComplex, [`Unexpected front-matter ${what}: its fields are not read`]);
      }
      // Just under the limits: parsed as before.
      const nested = await lint(`---\nhandoff: generic\nx: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}\n---\n# T\n`);
      assert.deepEqual(nested.tooComplex, []);
    });

    it('more blocks than MAX_BLOCKS, and a large body that needs remark: too complex in milliseconds', async () => {
      const many = await lint(`${HEAD}${'- - x\n'.repeat(Math.ceil(MAX_BLOCKS / 4) + 1)}`);
      assert.match(many.tooComplex[0] ?? '', /more than 50,000 blocks/);
      const reference = await lint(`${HEAD}[a]: b\n\n${'_*'.repeat(MAX_REFERENCE_PARSE_LENGTH)}\n`);
      assert.match(reference.tooComplex[0] ?? '', /needs the full Markdown parser \(`\]:`/);
      // A 2 MB body of nested list items and inline syntax: the worst of the block scanner.
      const worst = await lint(`${HEAD}## Checklist\n${'- [ ] **a** _b_ <i>x</i>\n  - > - [ ] `c` *d*\n'.repeat(40_000)}`);
      assert.equal(worst.tooComplex.length, 1);
    });
  });

  describe('parser guards: linear rewrites agree with the patterns they replace', function () {
    this.timeout(60_000);
    const rng = createRng(13);
    const strings = (alphabet: readonly string[], count: number) =>
      Array.from({ length: count }, () => Array.from({ length: rng.int(0, 12) }, () => rng.pick(alphabet)).join(''));

    it('withoutClosingSequence', () => {
      for (const s of strings([' ', '\t', '#', 'a', '\\'], 20_000)) {
        assert.equal(withoutClosingSequence(s), s.replace(/^[ \t]*#+[ \t]*$/, '').replace(/[ \t]+#+[ \t]*$/, ''), JSON.stringify(s));
      }
    });

    it('isCommentOnly', () => {
      for (const s of strings(['<!--', '-->', '-', '>', '<', '!', ' ', '\n', 'a'], 20_000)) {
        assert.equal(isCommentOnly(s), /^(?:\s*<!--[\s\S]*?-->)*\s*$/.test(s), JSON.stringify(s));
      }
    });

    it('collectDisables', () => {
      const old = (s: string) => {
        const ids = new Set<string>();
        for (const m of s.matchAll(/<!--\s*handoff-disable\s+([\w\s,-]+?)\s*-->/g)) for (const id of m[1]!.split(/[\s,]+/)) if (id) ids.add(id);
        return [...ids].sort();
      };
      for (const s of strings(['<!--', ' handoff-disable', 'handoff-disable', ' ', ',', 'a-b', '-->', '-', '>', '\n', '!', 'x'], 30_000)) {
        const ids = new Set<string>();
        collectDisables(s, ids);
        assert.deepEqual([...ids].sort(), old(s), JSON.stringify(s));
      }
    });

    it('the outline of an ordinary handoff is unchanged', () => {
      const doc = parseHandoff(`${HEAD}# T #\n\n## Summary ##\n\n<!-- handoff-disable overdue -->\n\n- [ ] a\n`);
      assert.deepEqual(doc.headings.map((h) => h.text), ['T', 'Summary']);
      assert.deepEqual([...doc.disabledRules], ['overdue']);
      assert.deepEqual(doc.limitsExceeded, []);
    });
  });
}
