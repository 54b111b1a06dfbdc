// Front-matter edits: exactly the value's bytes change, whatever YAML style the value has; new
// keys go inside the block mapping; front-matter that cannot be edited safely is refused.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { defaultConfig } from '../../../src/core/config/load-config';
import { setFieldsEdits, type FieldEdits, type FieldValue } from '../../../src/core/edit/front-matter-edit';
import { lintText } from '../../../src/core/lint/engine';
import { applyEdits } from '../../../src/core/model/text';
import { findFrontMatter } from '../../../src/core/parse/front-matter/find-front-matter';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';
import { acceptEdits, returnEdits, setStatusEdits } from '../../../src/core/workflow/transitions';
import { assertOnlyEditedBytesChanged, TODAY } from '../helpers/rule-tester';

/** A handoff whose front-matter is these lines. */
const handoff = (...yaml: string[]) => ['---', 'handoff: generic', ...yaml, '---', '# Title', ''].join('\n');

function edited(text: string, fields: Readonly<Record<string, FieldValue>>): string {
  const result = setFieldsEdits(parseHandoff(text), fields);
  assert.equal(result.refused, undefined, 'not refused');
  return applyEdits(text, result.edits!);
}

/** The front-matter as yaml reads it, with the line breaks it does not know (lone CRs) as LF. */
function yamlOf(text: string): { value: Record<string, unknown>; errors: number } {
  const body = text.replace(/^\uFEFF/, '');
  const block = findFrontMatter(body)!;
  const doc = parseDocument(body.slice(block.contentStart, block.contentEnd).replace(/\r(?!\n)/g, '\n'), { uniqueKeys: false });
  return { value: (doc.toJS() ?? {}) as Record<string, unknown>, errors: doc.errors.length };
}

describe('front-matter edits', () => {
  describe('replacing a block scalar', () => {
    for (const header of ['>', '|', '|-', '>+', '>-   # why it came back', '|2']) {
      it(`\`${header}\` loses exactly its lines and keeps the line break`, () => {
        const text = handoff('returned_reason: ' + header, '  The contract is', '  not signed.', 'from: A');
        assert.equal(edited(text, { returned_reason: 'x' }), handoff(`returned_reason: x${header.includes('#') ? '   # why it came back' : ''}`, 'from: A'));
      });
    }

    it('with keep chomping and trailing blank lines, with CRLF and with CR', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const text = handoff('status: open', 'returned_reason: |+', '  one', '', '  two', '', '', 'from: A').replace(/\n/g, eol);
        assert.equal(edited(text, { returned_reason: 'x' }), handoff('status: open', 'returned_reason: x', 'from: A').replace(/\n/g, eol));
      }
    });

    it('as the last field, and through the return command', () => {
      const text = handoff('status: open', 'returned_reason: >', '  old', '  reason');
      const out = applyEdits(text, returnEdits(parseHandoff(text), 'Missing: the contract', defaultConfig(), '2026-11-25').edits!);
      assert.equal(out, handoff('status: returned', 'returned_reason: "Missing: the contract"', 'returned_at: 2026-11-25'));
    });
  });

  it('replaces lists and maps below their key, keeping a comment on the key line', () => {
    assert.equal(edited(handoff('tags:', '  - a', '  - b', 'from: A'), { tags: ['x, y', 'z'] }), handoff('tags: ["x, y", z]', 'from: A'));
    assert.equal(edited(handoff('tags:', '- a', '- b', 'from: A'), { tags: 'none' }), handoff('tags: none', 'from: A'));
    assert.equal(edited(handoff('links:   # see wiki', '  crm: x', '  # old', 'from: A'), { links: 'y' }), handoff('links: y   # see wiki', '  # old', 'from: A'));
  });

  it('replaces a tagged value with its tag, writes line breaks quoted', () => {
    assert.equal(edited(handoff('template_version: !!int 1'), { template_version: 'two' }), handoff('template_version: two'));
    assert.equal(edited(handoff('title: T'), { title: 'a\nb' }), handoff('title: "a\\nb"'));
  });

  it('inserts new keys before a `...` end marker', () => {
    assert.equal(edited(handoff('status: open', '...'), { accepted_by: 'me' }), handoff('status: open', 'accepted_by: me', '...'));
    assert.equal(edited(handoff('status: open', '... # end', '# bye'), { accepted_by: 'me' }), handoff('status: open', 'accepted_by: me', '... # end', '# bye'));
  });

  describe('refuses, saying why, instead of a broken edit', () => {
    const cases: [string, string, RegExp][] = [
      ['a flow mapping', ['---', '{handoff: generic, status: open}', '---', ''].join('\n'), /flow mapping/],
      ['a multi-line flow mapping', ['---', '{', 'handoff: generic,', 'status: open }', '---', ''].join('\n'), /flow mapping/],
      ['an indented mapping', ['---', '  handoff: generic', '  status: open', '---', ''].join('\n'), /indented/],
      ['a YAML problem', handoff('status: [open'), /YAML problem on line 4 \(Flow sequence/],
      ['a duplicate key', handoff('status: open', 'status: done'), /YAML problem on line 4 \(Map keys must be unique\)/],
      ['an unclosed front-matter', '---\nhandoff: generic\nstatus: open\n', /not closed/],
      ['a tag on the mapping', ['---', '!!map', 'handoff: generic', '---', ''].join('\n'), /tag, anchor or explicit key/],
    ];
    for (const [name, text, why] of cases) {
      it(name, () => {
        const doc = parseHandoff(text);
        for (const result of [setFieldsEdits(doc, { status: 'done' }), setFieldsEdits(doc, { accepted_by: 'me' }), acceptEdits(doc, defaultConfig(), '2026-11-25', 'me')]) {
          assert.equal(result.edits, undefined);
          assert.match(result.refused!, why);
        }
      });
    }

    it('an anchored value, which aliases elsewhere repeat', () => {
      const text = handoff('status: &s opne', 'was: *s');
      assert.match(setStatusEdits(parseHandoff(text), 'done', defaultConfig(), TODAY).refused!, /`status` value carries an anchor/);
      const invalid = lintText(text, { config: defaultConfig(), today: TODAY }).issues.find((i) => i.ruleId === 'invalid-field');
      assert.deepEqual(invalid?.fixes, [], 'no quick fix either');
    });

    it('a status edit whose meaning would spread through an alias in a list', () => {
      const text = handoff('tags: [&t open]', 'status: *t', 'title: T');
      const result = returnEdits(parseHandoff(text), 'x', defaultConfig(), '2026-11-25');
      assert.equal(result.refused, undefined, 'replacing an alias is fine');
      assert.deepEqual(yamlOf(applyEdits(text, result.edits)).value, { handoff: 'generic', tags: ['open'], status: 'returned', title: 'T', returned_reason: 'x', returned_at: '2026-11-25' });
    });
  });

  it('property: every edit keeps the other keys and valid YAML, and changes only its own bytes', function () {
    this.timeout(60_000); // about 2 s; generous for a loaded machine, still catches a hang
    const random = seeded(1329);
    for (let n = 0; n < 800; n++) {
      const eol = random.pick(['\n', '\r\n', '\r']);
      const lines = randomFrontMatter(random);
      const text = `${random.chance(0.2) ? '\uFEFF' : ''}${['---', ...lines, '---', '', '# Body', ''].join(eol)}`;
      const before = yamlOf(text);
      assert.equal(before.errors, 0, `generated valid YAML:\n${text}`);
      const doc = parseHandoff(text);
      const fields: Record<string, FieldValue> = {};
      for (const key of random.sample(SET_KEYS, 1 + random.int(3))) fields[key] = key === 'tags' ? random.sample(VALUES, random.int(3)) : random.pick(VALUES);
      const reason = random.pick(VALUES) || 'why';
      const results: [string, FieldEdits, Record<string, FieldValue>][] = [
        ['setFieldsEdits', setFieldsEdits(doc, fields), fields],
        ['acceptEdits', acceptEdits(doc, defaultConfig(), '2026-11-25', 'me'), { status: 'accepted', accepted_by: 'me', accepted_at: '2026-11-25' }],
        ['returnEdits', returnEdits(doc, reason, defaultConfig(), '2026-11-25'), { status: 'returned', returned_reason: reason, returned_at: '2026-11-25' }],
      ];
      for (const [what, result, set] of results) {
        const context = `${what} ${JSON.stringify(set)} on\n${JSON.stringify(text)}`;
        assert.equal(result.refused, undefined, context);
        const output = applyEdits(doc.text, result.edits!);
        assertOnlyEditedBytesChanged(doc.text, output, { title: what, edits: result.edits! });
        const after = yamlOf(output);
        assert.equal(after.errors, 0, `valid YAML after ${context}\n${JSON.stringify(output)}`);
        assert.deepEqual(after.value, { ...before.value, ...set }, `${context}\n${JSON.stringify(output)}`);
      }
    }
  });
});

describe('status edits on anchors, aliases and tags', () => {
  it('property: refused, or the other keys keep their values', function () {
    this.timeout(60_000);
    const random = seeded(77);
    let [refused, applied] = [0, 0];
    for (let n = 0; n < 400; n++) {
      const lines = randomFrontMatter(random);
      const target = random.pick(['status', 'returned_reason', 'accepted_by']);
      const props = random.pick([`&v ${random.pick(['open', 'x'])}`, '!!str open', `&v [a, b]`, '&v |\n  block']);
      lines.push(...`${target}: ${props}`.split('\n'), ...(props.startsWith('&') ? ['copy: *v'] : []));
      const text = ['---', ...dedupe(lines), '---', ''].join('\n');
      const before = yamlOf(text);
      if (before.errors) continue;
      const doc = parseHandoff(text);
      for (const [result, set] of [
        [setStatusEdits(doc, 'done', defaultConfig(), '2026-11-25'), { status: 'done', done_at: '2026-11-25' }],
        [acceptEdits(doc, defaultConfig(), '2026-11-25', 'me'), { status: 'accepted', accepted_by: 'me', accepted_at: '2026-11-25' }],
        [returnEdits(doc, 'no', defaultConfig(), '2026-11-25'), { status: 'returned', returned_reason: 'no', returned_at: '2026-11-25' }],
      ] as const) {
        if (result.refused !== undefined) {
          refused++;
          continue;
        }
        applied++;
        const after = yamlOf(applyEdits(text, result.edits));
        assert.equal(after.errors, 0, text);
        assert.deepEqual(after.value, { ...before.value, ...set }, text);
      }
    }
    assert.ok(refused > 100 && applied > 100, `both refused (${refused}) and applied (${applied})`);
  });
});

/** The lines without a second field of the same key (the last one wins, with its continuation lines). */
function dedupe(lines: readonly string[]): string[] {
  const key = (line: string) => /^([a-z_]+):/.exec(line)?.[1];
  const last = new Map<string, number>();
  lines.forEach((line, i) => key(line) && last.set(key(line)!, i));
  let keep = true;
  return lines.filter((line, i) => {
    const k = key(line);
    if (k) keep = last.get(k) === i;
    return keep;
  });
}

const SET_KEYS = ['status', 'accepted_by', 'accepted_at', 'returned_reason', 'title', 'tags', 'owner'];
const VALUES = ['accepted', 'Missing: the contract', "it's", 'a # b', '#x', '- x', 'two\nlines', '', ' lead', 'null', '123', '2026-11-25', '@me', '[x]', '{a}', '"q"', 'ü ✓', 'a, b', '|', '> x'];

/** A random block mapping at the left margin, one field per key, in many YAML styles. */
function randomFrontMatter(random: Random): string[] {
  const keys = random.sample(['handoff', 'title', 'status', 'from', 'to', 'owner', 'returned_reason', 'tags', 'links', 'accepted_by', 'notes'], 2 + random.int(8));
  const lines: string[] = [];
  if (random.chance(0.2)) lines.push('# leading comment', '');
  for (const key of keys) {
    lines.push(...randomField(random, key));
    if (random.chance(0.15)) lines.push(random.pick(['', '# a comment', '   ']));
  }
  if (random.chance(0.15)) lines.push('# trailing comment');
  if (random.chance(0.15)) lines.push(random.pick(['...', '... # end']));
  return lines;
}

function randomField(random: Random, key: string): string[] {
  const comment = random.chance(0.3) ? '  # note' : '';
  switch (random.int(12)) {
    case 0:
      return [`${key}: plain words${comment}`];
    case 1:
      return [`${key}: "double: quoted"${comment}`];
    case 2:
      return [`${key}: 'single ''quoted'''${comment}`];
    case 3:
      return [`${key}:${random.pick(['', '   # empty'])}`];
    case 4:
      return [`${key}: ${random.pick(['~', 'null', '12', 'true', '2026-01-02'])}`];
    case 5:
      return [`${key}: first line`, '  second line'];
    case 6:
      return [`${key}: "quoted first`, '  quoted second"'];
    case 7: {
      const header = random.pick(['|', '|-', '|+', '>', '>-', '>+', '|2', '>-1']);
      const body = random.pick([['  one'], ['  one', '  two'], ['  one', '', '  three'], ['  one', '    deeper', '  # not a comment']]);
      return [`${key}: ${header}${comment}`, ...body, ...(random.chance(0.4) ? random.pick([[''], ['', '']]) : [])];
    }
    case 8:
      return [`${key}:${comment}`, ...random.pick([['  - a', '  - b'], ['- a', '- b'], ['  - a', '  # between', '  - b: c']])];
    case 9:
      return [`${key}: ${random.pick(['[a, b]', '[]', '{x: 1}'])}${comment}`];
    case 10:
      return [`${key}: [a,`, '  b]'];
    default:
      return [`${key}:${comment}`, '  nested: map', '  other: 2'];
  }
}

interface Random {
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], n: number): T[];
}

/** A deterministic generator (mulberry32), so a failure can be reproduced. */
function seeded(seed: number): Random {
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    sample: (items, n) => {
      const pool = [...items];
      const out = [];
      while (out.length < n && pool.length) out.push(pool.splice(int(pool.length), 1)[0]!);
      return out;
    },
  };
}
