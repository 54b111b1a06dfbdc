// A small RuleTester in the spirit of ESLint's: lint a text with the real engine and config loader,
// assert one rule's issues (message id, data, 1-based line), and apply a rule's fixes checking that
// only the intended bytes changed and that the fixed problem is gone. `RuleTester.run` takes
// ESLint's `valid`/`invalid` tables; the helpers below it serve tests a table cannot express.
import assert from 'node:assert/strict';
import { defaultConfig, loadConfig } from '../../../src/core/config/load-config';
import type { HandoffConfig, Severity, SeveritySetting } from '../../../src/core/config/types';
import { lintText } from '../../../src/core/lint/engine';
import { RULES } from '../../../src/core/lint/registry';
import type { Fix, LintIssue, MessageData } from '../../../src/core/lint/rule';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';
import { BOM } from '../../../src/core/model/handoff';
import { applyEdits, detectEol, LineIndex } from '../../../src/core/model/text';
import { handoffDoc } from '../../generators/handoff-doc';
import { daysFromToday, TODAY } from '../../generators/today';

export { TODAY };

export interface LintCase {
  /** `.handoff.yml` text; the built-in defaults when absent. Must load without problems. */
  readonly config?: string;
  readonly today?: string;
  /** Editor-style overrides, applied after the config's `rules:`. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/**
 * A `generic` handoff with no issue at all on TODAY: every required field and section, in order,
 * with content and an unchecked checklist.
 */
export const CLEAN = handoffDoc({
  title: 'Billing moves to the new vendor',
  to: 'Operations',
  owner: 'ana@example.com',
  assignee: 'bo@example.com',
  due: daysFromToday(31),
  summary: 'Monthly billing moves from the old vendor to the new one.',
  context: 'The old contract ends in April.',
  openQuestions: 'Who signs off the first invoice run?',
  checklist: [
    { text: 'Receiving owner confirmed', done: false },
    { text: 'Documents and access shared', done: true },
  ],
});

/** A small configured type for rules that are clearer with fewer sections. */
export const MINI_CONFIG = [
  'types:',
  '  mini:',
  '    title: Mini handoff',
  '    required_fields: [title, status]',
  '    sections:',
  '      - Summary',
  '      - name: Risks',
  '        description: What could go wrong.',
  '      - { name: Checklist, checklist: true, template: "- [ ] Confirmed" }',
  '',
].join('\n');

/** Builds a `mini` document: front-matter lines (without fences) and a body. */
export function mini(fields: readonly string[], body: string): string {
  return ['---', 'handoff: mini', ...fields, '---', '', body].join('\n');
}

const configCache = new Map<string, HandoffConfig>();

export function configOf(yaml: string | undefined): HandoffConfig {
  if (yaml === undefined) return defaultConfig();
  let config = configCache.get(yaml);
  if (!config) {
    const loaded = loadConfig(yaml, { ruleIds: RULES.map((r) => r.meta.id) });
    assert.deepEqual(loaded.problems, [], `test config loads cleanly:\n${yaml}`);
    config = loaded.config;
    configCache.set(yaml, config);
  }
  return config;
}

export function lint(text: string, c: LintCase = {}): LintIssue[] {
  return lintText(text, { config: configOf(c.config), today: c.today ?? TODAY, ...(c.severities ? { severities: c.severities } : {}) }).issues;
}

export function issuesOf(ruleId: string, text: string, c: LintCase = {}): LintIssue[] {
  return lint(text, c).filter((i) => i.ruleId === ruleId);
}

/** 1-based line number of the start of an issue, as editors and the CLI show it. */
export function lineOf(issue: LintIssue): number {
  return issue.range.start.line + 1;
}

/** 1-based number of the first line of `text` that starts with `prefix`. */
export function lineStarting(text: string, prefix: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** Asserts the rule reports exactly at these 1-based lines (in order); returns the issues. */
export function assertInvalid(ruleId: string, text: string, lines: readonly number[], c: LintCase = {}): LintIssue[] {
  const issues = issuesOf(ruleId, text, c);
  assert.deepEqual(
    issues.map(lineOf),
    [...lines],
    `${ruleId} issues at lines:\n${issues.map((i) => `  ${lineOf(i)}: ${i.message}`).join('\n') || '  (none)'}`,
  );
  return issues;
}

export function assertValid(ruleId: string, text: string, c: LintCase = {}): void {
  assertInvalid(ruleId, text, [], c);
}

/** Every rule message follows the remark-lint grammar: "Missing …" / "Unexpected …", no trailing period. */
export function assertMessageStyle(issue: LintIssue): void {
  assert.match(issue.message, /^(Missing|Unexpected) /, issue.message);
  assert.doesNotMatch(issue.message, /\.$/, issue.message);
}

/** The text of an issue's range. */
export function textAt(text: string, issue: LintIssue): string {
  const lines = new LineIndex(parseHandoff(text).text);
  return lines.text.slice(lines.offsetAt(issue.range.start), lines.offsetAt(issue.range.end));
}

export interface FixCase extends LintCase {
  /** Which of the rule's issues (in document order); default 0. */
  readonly issue?: number;
  /** The fix's title; default the issue's first fix. */
  readonly title?: string | RegExp;
  /** How many of the rule's issues remain after the fix; default one fewer. */
  readonly remaining?: number;
}

export interface FixResult {
  readonly output: string;
  readonly fix: Fix;
  readonly before: readonly LintIssue[];
  readonly after: readonly LintIssue[];
}

/**
 * Applies one fix of the rule and checks it: outside the edited ranges the text is byte-for-byte
 * what it was, and re-linting shows the fixed issue gone (by message) and the expected count left.
 */
export function applyFix(ruleId: string, text: string, c: FixCase = {}): FixResult {
  const before = issuesOf(ruleId, text, c);
  const issue = before[c.issue ?? 0];
  assert.ok(issue, `${ruleId} reports issue #${c.issue ?? 0}`);
  const fix =
    c.title === undefined
      ? issue.fixes[0]
      : issue.fixes.find((f) => (typeof c.title === 'string' ? f.title === c.title : c.title!.test(f.title)));
  assert.ok(fix, `${ruleId} offers a fix ${String(c.title ?? '')}; has ${issue.fixes.map((f) => f.title).join(', ') || 'none'}`);
  // Ranges refer to the text without a byte-order mark.
  const source = parseHandoff(text).text;
  const output = applyEdits(source, fix.edits);
  assertOnlyEditedBytesChanged(source, output, fix);
  const after = issuesOf(ruleId, output, c);
  assert.equal(after.length, c.remaining ?? before.length - 1, `${ruleId} issues left after "${fix.title}":\n${after.map((i) => i.message).join('\n')}`);
  const count = (list: readonly LintIssue[]) => list.filter((i) => i.message === issue.message).length;
  assert.ok(count(after) < count(before), `"${issue.message}" is gone after "${fix.title}"`);
  if (!text.includes('\r') && !text.startsWith(BOM)) assertSameFixInOtherEncodings(ruleId, text, output, fix, c);
  return { output, fix, before, after };
}

/** Line endings and a byte-order mark change nothing about a fix but its line breaks. */
const ENCODINGS: Record<string, (lf: string) => string> = {
  CRLF: crlf,
  CR: (t) => t.replace(/\n/g, '\r'),
  BOM: (t) => BOM + t,
};

/** The same fix applied to the CRLF, CR and BOM versions of an LF text gives the same output, converted the same way. */
function assertSameFixInOtherEncodings(ruleId: string, text: string, output: string, fix: Fix, c: FixCase): void {
  for (const [name, convert] of Object.entries(ENCODINGS)) {
    const variant = convert(text);
    const same = issuesOf(ruleId, variant, c)[c.issue ?? 0]?.fixes.find((f) => f.title === fix.title);
    assert.ok(same, `${name}: "${fix.title}" is offered`);
    const source = parseHandoff(variant).text;
    const fixed = applyEdits(source, same.edits);
    assertOnlyEditedBytesChanged(source, fixed, same);
    assert.equal(fixed, convert(output).replace(BOM, ''), `${name}: "${fix.title}" writes the same text in the file's line breaks`);
  }
}

/**
 * Walks the edits in order: each untouched stretch of the original must reappear unchanged, and
 * the inserted text uses the file's own line break.
 */
export function assertOnlyEditedBytesChanged(source: string, output: string, fix: Fix): void {
  const eol = detectEol(source);
  for (const edit of fix.edits) {
    const foreign = edit.newText.match(/\r\n|\r|\n/g)?.filter((b) => b !== eol) ?? [];
    assert.deepEqual(foreign, [], `"${fix.title}" writes only ${JSON.stringify(eol)} line breaks`);
  }
  const lines = new LineIndex(source);
  const edits = fix.edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start);
  let from = 0;
  let out = 0;
  for (const e of edits) {
    assert.ok(e.start >= from, 'edits do not overlap');
    assert.equal(output.slice(out, out + (e.start - from)), source.slice(from, e.start), 'text before the edit is unchanged');
    out += e.start - from;
    assert.equal(output.slice(out, out + e.text.length), e.text, 'the edit inserts exactly its text');
    out += e.text.length;
    from = e.end;
  }
  assert.equal(output.slice(out), source.slice(from), 'text after the last edit is unchanged');
}

/** The same document with a `<!-- handoff-disable RULE -->` comment at its end. */
export function withDisableComment(text: string, ruleId: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text}${/[\r\n]$/.test(text) ? '' : eol}${eol}<!-- handoff-disable ${ruleId} -->${eol}`;
}

/** `.handoff.yml` text with a `rules:` severity for one rule added to a base config. */
export function withRuleSeverity(config: string | undefined, ruleId: string, severity: SeveritySetting): string {
  return `${config ?? ''}rules:\n  ${ruleId}: ${severity}\n`;
}

/**
 * The configurability every rule must have: its default severity; `rules:` in `.handoff.yml`
 * changes it or turns it off; editor severities win over the config; the disable comment turns it off.
 */
export function assertConfigurable(ruleId: string, invalidText: string, c: LintCase = {}): void {
  const rule = RULES.find((r) => r.meta.id === ruleId)?.meta;
  assert.ok(rule, `${ruleId} is registered`);
  const base = issuesOf(ruleId, invalidText, c);
  assert.ok(base.length > 0, `${ruleId} reports the invalid text`);
  for (const issue of base) assert.equal(issue.severity, rule.defaultSeverity);
  const other: Severity = rule.defaultSeverity === 'error' ? 'info' : 'error';
  const changed = issuesOf(ruleId, invalidText, { ...c, config: withRuleSeverity(c.config, ruleId, other) });
  assert.deepEqual(changed.map((i) => i.severity), base.map(() => other), '`rules:` changes the severity');
  assert.deepEqual(issuesOf(ruleId, invalidText, { ...c, config: withRuleSeverity(c.config, ruleId, 'off') }), [], '`rules: off` turns it off');
  const editor = issuesOf(ruleId, invalidText, { ...c, config: withRuleSeverity(c.config, ruleId, 'off'), severities: { [ruleId]: 'warning' } });
  assert.deepEqual(editor.map((i) => i.severity), base.map(() => 'warning'), 'editor severities override the config');
  assert.deepEqual(issuesOf(ruleId, withDisableComment(invalidText, ruleId), c), [], 'the disable comment turns it off');
  assert.ok(lint(withDisableComment(invalidText, 'some-other-rule'), c).some((i) => i.ruleId === ruleId), 'another rule id in the comment does not');
}

/** CRLF line endings throughout. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export interface ValidCase extends LintCase {
  readonly name?: string;
  readonly text: string;
}

export interface ExpectedIssue {
  readonly messageId: string;
  /** Compared when given: every placeholder value of the message. */
  readonly data?: MessageData;
  /** Compared when given: the 1-based line the issue starts on. */
  readonly line?: number;
}

export interface InvalidCase extends LintCase {
  readonly name?: string;
  readonly text: string;
  /** The rule's issues, in document order. */
  readonly errors: readonly ExpectedIssue[];
  /**
   * The text after the fix (`fixTitle`, default the first) of issue `fixIssue` (default 0); required
   * when that issue offers a fix, so every fix a test produces is checked byte for byte.
   */
  readonly output?: string;
  readonly fixTitle?: string | RegExp;
  readonly fixIssue?: number;
  /** How many of the rule's issues remain after the fix; default one fewer. */
  readonly remaining?: number;
}

export interface RuleTests {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

const caseName = (c: { name?: string; text: string }) => c.name ?? c.text.split('\n').find((l) => /^#|^status:|^handoff:/.test(l)) ?? c.text.slice(0, 40);

export const RuleTester = {
  /**
   * One `describe` for the rule: each valid text has no issue of it; each invalid text has exactly
   * the expected issues; every fix offered leaves the bytes outside its edits alone; the declared
   * `output` is what the chosen fix writes; `meta.fixable` matches whether any case offers a fix;
   * every message of `meta.messages` is produced by some case.
   */
  run(ruleId: string, tests: RuleTests): void {
    const meta = RULES.find((r) => r.meta.id === ruleId)?.meta;
    describe(`${ruleId} (RuleTester)`, () => {
      it('is registered', () => assert.ok(meta, `${ruleId} is in RULES`));
      for (const [i, test] of tests.valid.entries()) {
        const c: ValidCase = typeof test === 'string' ? { text: test } : test;
        it(`valid #${i}: ${caseName(c)}`, () => assertValid(ruleId, c.text, c));
      }
      for (const [i, c] of tests.invalid.entries()) {
        it(`invalid #${i}: ${caseName(c)}`, () => runInvalid(ruleId, c));
      }
      it('declares `fixable` exactly when its cases offer a fix', () => {
        const offers = tests.invalid.some((c) => issuesOf(ruleId, c.text, c).some((i) => i.fixes.length > 0));
        assert.equal(meta!.fixable, offers, offers ? `${ruleId} offers fixes: declare fixable: true` : `${ruleId} declares fixable but no case offers a fix`);
      });
      it('produces every message of meta.messages in some case', () => {
        const produced = new Set(tests.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
        assert.deepEqual(Object.keys(meta!.messages).filter((id) => !produced.has(id)), [], 'message ids no invalid case produces');
      });
    });
  },
};

function runInvalid(ruleId: string, c: InvalidCase): void {
  const issues = issuesOf(ruleId, c.text, c);
  const actual = issues.map((issue, i) => {
    const expected = c.errors[i];
    return {
      messageId: issue.messageId,
      ...(expected?.data ? { data: issue.data } : {}),
      ...(expected?.line !== undefined ? { line: lineOf(issue) } : {}),
    };
  });
  assert.deepEqual(actual, c.errors, `${ruleId} issues:\n${issues.map((i) => `  ${lineOf(i)}: ${i.message}`).join('\n') || '  (none)'}`);
  const source = parseHandoff(c.text).text;
  for (const issue of issues) for (const fix of issue.fixes) assertOnlyEditedBytesChanged(source, applyEdits(source, fix.edits), fix);
  const chosen = issues[c.fixIssue ?? 0];
  if (!chosen?.fixes.length) {
    assert.equal(c.output, undefined, `${ruleId} offers no fix, but the case declares an output`);
    return;
  }
  assert.ok(c.output !== undefined, `${ruleId} offers "${chosen.fixes[0]!.title}": declare the case's output`);
  const fixCase: FixCase = { ...c, issue: c.fixIssue ?? 0, ...(c.fixTitle === undefined ? {} : { title: c.fixTitle }) };
  assert.equal(applyFix(ruleId, c.text, fixCase).output, c.output);
}
