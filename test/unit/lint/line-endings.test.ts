// Every example read with other line endings and a byte-order mark: the same problems at the same
// positions as with LF, every position on its line, and every fix changing only its own bytes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../../src/core/config/load-config';
import { defaultConfig } from '../../../src/core/config/load-config';
import { lintDocument, lintText } from '../../../src/core/lint/engine';
import type { LintIssue } from '../../../src/core/lint/rule';
import { applyEdits, LineIndex, type Position } from '../../../src/core/model/text';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';
import { assertOnlyEditedBytesChanged, CLEAN, crlf, TODAY } from '../helpers/rule-tester';
import { repoRoot } from '../helpers/repo-root';

const examples = path.join(repoRoot(), 'examples');
const config = loadConfig(fs.readFileSync(path.join(examples, '.handoff.yml'), 'utf8')).config;
const files = ['handoffs', 'notes'].flatMap((dir) => fs.readdirSync(path.join(examples, dir)).map((f) => path.join(examples, dir, f)));

/** The same text with each line break rewritten by `eol` (given the break's index). */
function withBreaks(text: string, eol: (index: number) => string): string {
  let n = 0;
  return text.replace(/\r\n|\r|\n/g, () => eol(n++));
}

const VARIANTS: Record<string, (lf: string) => string> = {
  CRLF: (t) => withBreaks(t, () => '\r\n'),
  CR: (t) => withBreaks(t, () => '\r'),
  'mixed CRLF/LF': (t) => withBreaks(t, (i) => (i % 2 ? '\r\n' : '\n')),
  // A CR is never followed by an LF break: the two would be one CRLF.
  'mixed CR/CRLF/LF': (t) => withBreaks(t, (i) => ['\r', '\r\n', '\n'][i % 3]!),
  BOM: (t) => `\uFEFF${t}`,
  'BOM + CRLF': (t) => `\uFEFF${withBreaks(t, () => '\r\n')}`,
  'BOM + CR': (t) => `\uFEFF${withBreaks(t, () => '\r')}`,
  'comments in the front-matter, CRLF': (t) => withBreaks(withFieldComments(t), () => '\r\n'),
};

/** A comment after every `key: value` line of the front-matter (positions of problems stay put). */
function withFieldComments(text: string): string {
  const end = text.indexOf('\n---', 3);
  return text.slice(0, end).replace(/^([A-Za-z_]+:.*[^\s[,])$/gm, '$1   # note') + text.slice(end);
}

const lint = (text: string) => lintText(text, { config, today: TODAY }).issues;
const summary = (issues: readonly LintIssue[]) => issues.map((i) => `${i.ruleId} ${i.range.start.line}:${i.range.start.character}-${i.range.end.line}:${i.range.end.character} ${i.message}`);

function assertOnItsLine(lines: LineIndex, p: Position, what: string): void {
  assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} is in the file`);
  const length = lines.lineText(p.line).length;
  assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} is on line ${p.line} (${length} long)`);
}

describe('line endings and byte-order marks', () => {
  for (const file of files) {
    const lf = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const expected = summary(lint(lf));
    for (const [name, convert] of Object.entries(VARIANTS)) {
      it(`${path.basename(file)} with ${name}: same problems, positions on their lines, fixes byte-exact`, () => {
        const text = convert(lf);
        const issues = lint(text);
        assert.deepEqual(summary(issues), expected);
        const source = parseHandoff(text).text;
        const lines = new LineIndex(source);
        for (const issue of issues) {
          assertOnItsLine(lines, issue.range.start, `${issue.ruleId} start`);
          assertOnItsLine(lines, issue.range.end, `${issue.ruleId} end`);
          for (const fix of issue.fixes) {
            const output = applyEdits(source, fix.edits);
            assertOnlyEditedBytesChanged(source, output, fix);
          }
        }
      });
    }
  }
});

describe('positions', () => {
  it('an offset between CR and LF is the end of its line', () => {
    const lines = new LineIndex('ab\r\ncd\r\n');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(7), { line: 1, character: 2 });
    assert.deepEqual(lines.clamp({ line: 0, character: 9 }), { line: 0, character: 2 });
    assert.deepEqual(lines.clamp({ line: 7, character: -1 }), { line: 2, character: 0 });
    assert.deepEqual(lines.clamp({ line: 1, character: -4 }), { line: 1, character: 0 });
  });

  it('every problem lies on its lines, whatever offsets a parser gave', () => {
    for (const text of [CLEAN, crlf(CLEAN), CLEAN.replace(/\n/g, '\r'), `\uFEFF${crlf(CLEAN)}`]) {
      const doc = parseHandoff(text);
      const lineEnd = doc.lines.lineEnd(1);
      // yaml has been seen to end a range on the LF of a CRLF, and past the text.
      const problems = [
        { message: 'at a line break', start: lineEnd, end: lineEnd + 1, code: 'X' },
        { message: 'past the end', start: doc.text.length + 5, end: doc.text.length + 9, code: 'X' },
        { message: 'backwards', start: lineEnd, end: 2, code: 'X' },
      ];
      const issues = lintDocument({ ...doc, yamlProblems: problems }, { config: defaultConfig(), today: TODAY }).filter((i) => i.ruleId === 'yaml-syntax');
      assert.equal(issues.length, 3);
      for (const issue of issues) {
        assertOnItsLine(doc.lines, issue.range.start, issue.message);
        assertOnItsLine(doc.lines, issue.range.end, issue.message);
        assert.ok(issue.range.start.line < issue.range.end.line || issue.range.start.character <= issue.range.end.character, `${issue.message} starts before it ends`);
      }
    }
  });
});
