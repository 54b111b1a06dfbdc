import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../../src/core/config/load-config';
import { lintText, MAX_LINT_LENGTH } from '../../../src/core/lint/engine';
import { RULES } from '../../../src/core/lint/registry';
import type { LintIssue } from '../../../src/core/lint/rule';
import { comparePositions } from '../../../src/core/model/text';
import { repoRoot } from '../helpers/repo-root';
import { CLEAN, crlf, lint, TODAY } from '../helpers/rule-tester';

const ids = (issues: readonly LintIssue[]) => [...new Set(issues.map((i) => i.ruleId))].sort();

/**
 * How long linting 1 MB of ordinary handoff text takes in this process right now: the unit of the
 * garbage budget below, so a loaded machine gets a proportionally larger budget.
 */
function calibrationMs(): number {
  const ordinary = `${CLEAN}\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n'.repeat(1024 * 1024 / 58)}`;
  const started = Date.now();
  lintText(ordinary, { config: defaultConfig(), today: TODAY });
  return Math.max(Date.now() - started, 1);
}

let budgetMs = 0;

/**
 * Lints hostile input; it must neither throw nor hang. Each case costs at most a few 1 MB lints;
 * the budget is a hundred of them (at least 10 s): a hang or a quadratic blow-up still exceeds it,
 * a busy machine does not. Speed itself is measured in bench/.
 */
function lintGarbage(text: string): LintIssue[] {
  const started = Date.now();
  const { issues } = lintText(text, { config: defaultConfig(), today: TODAY });
  const elapsed = Date.now() - started;
  assert.ok(elapsed < budgetMs, `linted in ${elapsed} ms, over the budget of ${budgetMs} ms`);
  return issues;
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('lint engine', () => {
  it('finds nothing in a complete handoff, with LF or CRLF line endings or a BOM', () => {
    assert.deepEqual(lint(CLEAN), []);
    assert.deepEqual(lint(crlf(CLEAN)), []);
    assert.deepEqual(lint(`\uFEFF${CLEAN}`), []);
  });

  it('ignores Markdown that is not a handoff', () => {
    for (const text of ['', '# Notes\n\n## Summary\n', '---\ntitle: A post\nstatus: opne\n---\n# Post\n', '---\n---\n', 'handoff: generic\n', '```\n---\nhandoff: generic\n---\n```\n']) {
      assert.deepEqual(lint(text), [], JSON.stringify(text));
    }
  });

  it('gives a document of an unknown type only unknown-type (and yaml-syntax)', () => {
    const broken = CLEAN.replace('handoff: generic', 'handoff: genric')
      .replace('owner: ana@example.com\n', '')
      .replace('status: open', 'status: opne')
      .replace('due: 2026-04-01', 'due: 2020-01-01')
      .replace('## Context', '## Background')
      .replace('- [ ] Receiving owner confirmed\n- [x] Documents and access shared\n', '');
    assert.deepEqual(ids(lint(broken)), ['unknown-type']);
    assert.deepEqual(ids(lint(broken.replace('title: Billing', 'title: "Billing" moves'))), ['unknown-type', 'yaml-syntax']);
    assert.deepEqual(ids(lint(broken.replace('handoff: genric', 'handoff: [generic'))), ['unknown-type', 'yaml-syntax']);
  });

  it('reports an invalid due date as invalid-field, never overdue', () => {
    for (const due of ['2020-02-30', '2020-13-01', '2020-1-1', '20200101']) {
      const issues = lint(CLEAN.replace('due: 2026-04-01', `due: ${due}`));
      assert.deepEqual(ids(issues), ['invalid-field'], due);
    }
    assert.deepEqual(ids(lint(CLEAN.replace('due: 2026-04-01', 'due: 2020-02-28'))), ['overdue']);
  });

  it('returns issues in document order, each from a registered rule with its resolved severity', () => {
    const text = CLEAN.replace('status: open', 'status: accepted').replace('due: 2026-04-01', 'due: 2026-01-01').replace('owner: ana@example.com\n', '');
    const issues = lint(text);
    assert.deepEqual(ids(issues), ['missing-field', 'overdue', 'unchecked-items']);
    for (let i = 1; i < issues.length; i++) assert.ok(comparePositions(issues[i - 1]!.range.start, issues[i]!.range.start) <= 0);
    const known = new Map(RULES.map((r) => [r.meta.id, r.meta]));
    for (const issue of issues) assert.equal(issue.severity, known.get(issue.ruleId)!.defaultSeverity);
  });

  it('lets one comment disable several rules', () => {
    const text = CLEAN.replace('status: open', 'status: done').replace('due: 2026-04-01', 'due: 2026-01-01');
    assert.deepEqual(ids(lint(text)), ['unchecked-items']);
    assert.deepEqual(lint(`${text}\n<!-- handoff-disable unchecked-items, overdue -->\n`), []);
  });

  it('keeps every rule in a file named after its id, documented under a heading of that id, tested through RuleTester', () => {
    const root = repoRoot();
    const docs = fs.readFileSync(path.join(root, 'docs', 'RULES.md'), 'utf8');
    for (const { meta: rule } of RULES) {
      assert.ok(fs.existsSync(path.join(root, 'src', 'core', 'rules', `${rule.id}.ts`)), `src/core/rules/${rule.id}.ts`);
      assert.match(docs, new RegExp(`^## ${rule.id}$`, 'm'), `docs/RULES.md has "## ${rule.id}"`);
      assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
      const test = path.join(root, 'test', 'unit', 'rules', `${rule.id}.test.ts`);
      assert.match(fs.readFileSync(test, 'utf8'), /^RuleTester\.run\(RULE, \{$/m, `${rule.id}.test.ts runs the rule through RuleTester`);
    }
  });

  describe('on garbage input: no throw, no hang', function () {
    // Hang detection only: far above any normal run, which the per-lint budget checks.
    this.timeout(10 * 60_000);
    before(() => {
      budgetMs = Math.max(10_000, 100 * calibrationMs());
    });

    it('random bytes decoded as text, with and without a handoff front-matter', () => {
      for (let seed = 1; seed <= 5; seed++) {
        const bytes = randomBytes(64 * 1024, seed);
        lintGarbage(bytes.toString('utf8'));
        lintGarbage(bytes.toString('latin1'));
        lintGarbage(`---\nhandoff: generic\n---\n${bytes.toString('utf8')}`);
        lintGarbage(`---\nhandoff: generic\ntitle: ${bytes.subarray(0, 4096).toString('utf8')}\n---\n`);
      }
    });

    it('invalid UTF-8 (replacement characters) in the type, values and headings', () => {
      const bad = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x82]).toString('utf8');
      assert.ok(bad.includes('\uFFFD'));
      const text = CLEAN.replace('handoff: generic', `handoff: gen${bad}`).replace('## Summary', `## Sum${bad}mary`).replace('title: Billing', `title: ${bad}`);
      assert.ok(ids(lintGarbage(text)).includes('unknown-type'));
      const typed = CLEAN.replace('## Summary', `## ${bad}`).replace('status: open', `status: ${bad}`);
      assert.deepEqual(ids(lintGarbage(typed)), ['invalid-field', 'missing-section']);
    });

    it('a 20 MB text returns promptly without a Markdown parse', () => {
      const big = `${CLEAN}\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n'.repeat(20 * 1024 * 1024 / 58)}`;
      assert.ok(big.length > 20_000_000 && big.length > MAX_LINT_LENGTH);
      assert.deepEqual(lintGarbage(big), []);
      const result = lintText(big, { config: defaultConfig(), today: TODAY });
      assert.equal(result.doc.isHandoff, true);
      assert.equal(result.doc.text, big);
      assert.deepEqual(lintGarbage(`---\nhandoff: generic\n${'key: value\n'.repeat(2 * 1024 * 1024)}`), []);
      assert.deepEqual(lintGarbage('x'.repeat(21 * 1024 * 1024)), []);
    });

    it('YAML nested 10,000 levels deep', () => {
      for (const yaml of [`${'['.repeat(10_000)}${']'.repeat(10_000)}`, '['.repeat(10_000), `${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}`]) {
        const issues = lintGarbage(`---\nhandoff: generic\nx: ${yaml}\n---\n# T\n`);
        assert.deepEqual(ids(issues), ['too-complex'], yaml.slice(0, 10));
      }
    });

    it('a YAML alias bomb (billion laughs)', () => {
      const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1; i < 10; i++) {
        const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
        lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      }
      // 81 aliases: past MAX_ALIASES, so never expanded; with fewer, yaml's own alias limit applies.
      const issues = lintGarbage(`---\nhandoff: generic\n${lines.join('\n')}\n---\n# T\n`);
      assert.ok(issues.some((i) => i.ruleId === 'too-complex' && /aliases/.test(i.message)));
      const asType = lintGarbage(`---\n${lines.join('\n')}\nhandoff: *j\n---\n`);
      assert.ok(asType.some((i) => i.ruleId === 'too-complex'));
      const small = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]', 'b: &b [*a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b]'];
      const expanded = lintGarbage(`---\nhandoff: generic\n${small.join('\n')}\nz: [*c, *c, *c, *c, *c]\n---\n# T\n`);
      assert.ok(expanded.some((i) => i.ruleId === 'yaml-syntax' && /alias/i.test(i.message)));
    });

    it('a front-matter of 50,000 distinct keys', () => {
      const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n');
      assert.ok(lintGarbage(`---\nhandoff: generic\n${keys}\n---\n`).some((i) => i.ruleId === 'missing-field'));
    });

    it('Markdown nested 10,000 levels deep', () => {
      // Past the nesting limit the outline is given up on purpose, and that one problem says so.
      const deep = lintGarbage(`${CLEAN}\n${'> '.repeat(10_000)}deep\n`);
      assert.deepEqual(deep.map((i) => i.message.replace(/\d+/, 'N')), ['Unexpected nesting deeper than N block quotes and list items: its sections and checklist are not checked']);
      // Deep emphasis and brackets are content, not structure: still a clean handoff.
      assert.deepEqual(lintGarbage(`${CLEAN}\n${'*a '.repeat(10_000)}\n${'['.repeat(50_000)}\n`), []);
    });
  });
});
