// Property test: the fast front-matter reader (parse/front-matter/simple-yaml.ts) gives exactly what the YAML
// parser gives (fields with values and offsets, problems, the Document) on thousands of seeded
// front-matters, simple and not; the ones it does not take go to the YAML parser unchanged.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRng, type Rng } from '../../generators/prng';
import { repoRoot } from '../helpers/repo-root';
import type { FrontMatter } from '../../../src/core/model/front-matter';
import { findFrontMatter } from '../../../src/core/parse/front-matter/find-front-matter';
import { parseFrontMatter } from '../../../src/core/parse/front-matter/parse-front-matter';
import { readSimpleYaml } from '../../../src/core/parse/front-matter/simple-yaml';
import { parseFrontMatterWithYaml } from '../../../src/core/parse/front-matter/yaml-front-matter';

const RUNS = Number(process.env.FRONT_MATTER_PROPERTY_RUNS) || 5000;
const KEYS = ['handoff', 'title', 'status', 'tags', 'links', 'due', 'a-b', '_x', 'on', 'yes', 'Key2', 'title'];
const SCALARS = [
  'sales-to-support', 'Release — TX-40, rev C', 'kenji@example.com', 'https://x.example.com/a#b', '2026-11-03', '2026-13-45',
  '7', '007', '123456789012345678901', '1.5', '-3', '+4', '.inf', '0x1F', '~', 'null', 'NULL', 'Null', 'nUll', 'True', 'false',
  'yes', 'No', 'a b  c', 'C#', 'x:y', '12:30', 'value \\ backslash', 'é ü 中文', 'say "hi"', "it's", 'open',
  './a.md', '../b/c d.md', '.5', '.5e3', '.Inf', '.nan', '.', '..', '.x', './', '../1', '.../a',
];
const ODD = [
  "'single'", '"double"', 'a # comment', 'a: b', 'trailing:', '|', '>', '&anchor x', '*alias', '!tag x', '- item', '? q', '[a, b',
  '{a: 1}', '@at', '`tick`', '%pct', 'tab\there',
];

function value(r: Rng): string {
  const k = r.next();
  if (k < 0.55) return r.pick(SCALARS);
  if (k < 0.7) {
    const items = Array.from({ length: r.int(0, 3) }, () => r.pick([...SCALARS.slice(0, 6), 'a', 'b c', "'q'", 'x:y', '']));
    return `[${items.join(r.pick([', ', ',', ' , ']))}]${r.pick(['', ' ', '  '])}`;
  }
  if (k < 0.8) return '';
  return r.pick(ODD);
}

function frontMatter(seed: number): string {
  const r = createRng(seed);
  const lines: string[] = [];
  for (let i = r.int(0, 9); i > 0; i--) {
    const c = r.next();
    if (c < 0.08) lines.push('');
    else if (c < 0.18) {
      lines.push(`${r.pick(KEYS)}:${r.pick(['', ' ', '  '])}`);
      const indent = r.pick(['', '  ', '    ']);
      for (let j = r.int(0, 3); j > 0; j--) lines.push(`${r.chance(0.9) ? indent : ' '}- ${r.chance(0.85) ? r.pick(SCALARS) : r.pick(ODD)}${r.pick(['', ' '])}`);
    } else if (c < 0.22) lines.push(r.pick(['# comment', '  indented: x', 'key : spaced', 'key:value', '\tkey: x', '...', 'key:\tx']));
    else lines.push(`${r.pick(KEYS)}:${r.pick([' ', ' ', '  '])}${value(r)}${r.pick(['', '', ' '])}`);
  }
  const eol = r.chance(0.15) ? '\r\n' : '\n';
  const close = r.chance(0.05) ? '' : `${eol}---${eol}`;
  return `---${eol}${lines.join(eol)}${close}# Body${eol}`;
}

/** What a FrontMatter says, with its Document as YAML text (the same Document prints the same). */
function comparable(fm: FrontMatter | undefined): unknown {
  if (!fm) return undefined;
  let document: string;
  try {
    document = String(fm.document);
  } catch (error) {
    document = `unprintable: ${String(error)}`;
  }
  return { block: fm.block, yaml: fm.yaml, isMapping: fm.isMapping, fields: fm.fields, errors: fm.errors, document };
}

describe('front-matter property: fast reader = YAML parser', function () {
  this.timeout(60_000);

  it(`agrees with the YAML parser on ${RUNS} generated front-matters`, () => {
    let fast = 0;
    const failures: string[] = [];
    for (let seed = 1; seed <= RUNS; seed++) {
      const text = frontMatter(seed);
      const block = findFrontMatter(text);
      if (block && !block.unclosed && readSimpleYaml(text.slice(block.contentStart, block.contentEnd), block.contentStart)) fast++;
      try {
        assert.deepStrictEqual(comparable(parseFrontMatter(text)), comparable(parseFrontMatterWithYaml(text)));
      } catch (error) {
        if (failures.length < 3) failures.push(`seed ${seed}: ${JSON.stringify(text)}\n${String(error).slice(0, 1500)}`);
        else failures.push('');
      }
    }
    assert.equal(failures.length, 0, `${failures.length} differ:\n${failures.slice(0, 3).join('\n\n')}`);
    assert.ok(fast > RUNS * 0.2, `only ${fast} of ${RUNS} front-matters took the fast path`);
  });

  it('reads the front-matter of every example handoff the fast way, as the YAML parser would', () => {
    const dir = path.join(repoRoot(), 'examples', 'handoffs');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 10, `only ${files.length} examples`);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const block = findFrontMatter(text);
      assert.ok(block, file);
      // Broken YAML is the YAML parser's to report; every other example is simple enough to read fast.
      if (file !== 'broken-yaml-syntax.md') assert.ok(readSimpleYaml(text.slice(block.contentStart, block.contentEnd), block.contentStart), file);
      assert.deepStrictEqual(comparable(parseFrontMatter(text)), comparable(parseFrontMatterWithYaml(text)), file);
    }
  });
});
