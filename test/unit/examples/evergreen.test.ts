// Evergreen examples (test/host/evergreen.js): the date shift is pure and exact, and a shifted copy
// of examples/ linted on the shifted day reports exactly what examples/ reports on REFERENCE_DATE.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import type { Problem } from '../../../src/cli/formatters/json';
import { runLint } from '../../../src/cli/run-lint';
import type { CliContext } from '../../../src/cli/context';
import { addDays } from '../../../src/core/index';
import { copyEvergreen, daysBetween, localDate, REFERENCE_DATE, shiftDates } from '../../host/evergreen';
import { repoRoot } from '../helpers/repo-root';

const root = repoRoot();
const examples = path.join(root, 'examples');

async function lintJson(cwd: string, today: string): Promise<Problem[]> {
  let stdout = '';
  const ctx: CliContext = {
    cwd: toPortablePath(cwd),
    fs: new NodeFileSystem(),
    today,
    version: 'test',
    output: { stdout: (t) => void (stdout += t), stderr: () => undefined },
  };
  assert.equal(await runLint(['.', '--format', 'json'], ctx), 1);
  return JSON.parse(stdout) as Problem[];
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

describe('evergreen examples: shiftDates', () => {
  it('moves dates across month ends, leap days and years, both ways', () => {
    assert.equal(shiftDates('due: 2027-01-31', 1), 'due: 2027-02-01');
    assert.equal(shiftDates('due: 2028-02-28', 1), 'due: 2028-02-29');
    assert.equal(shiftDates('due: 2027-02-28', 1), 'due: 2027-03-01');
    assert.equal(shiftDates('due: 2028-02-29', 365), 'due: 2029-02-28');
    assert.equal(shiftDates('created: 2026-12-31', 1), 'created: 2027-01-01');
    assert.equal(shiftDates('created: 2027-01-01', -1), 'created: 2026-12-31');
    assert.equal(shiftDates('created: 2026-03-01', -1), 'created: 2026-02-28');
    assert.equal(shiftDates('a 2026-11-25 b', 0), 'a 2026-11-25 b');
  });

  it('keeps every other byte: CRLF, times of day, file names, quotes and punctuation', () => {
    const text = '\uFEFF---\r\ncreated: "2026-11-24"\r\naccepted_at: 2026-11-18T14:05:00Z\r\n---\r\n- decision due 2027-02-28.\r\nSee 2026-11-24-cedar-court.md (2026-11-14)\r\n';
    const want = '\uFEFF---\r\ncreated: "2026-12-01"\r\naccepted_at: 2026-11-25T14:05:00Z\r\n---\r\n- decision due 2027-03-07.\r\nSee 2026-12-01-cedar-court.md (2026-11-21)\r\n';
    assert.equal(shiftDates(text, 7), want);
    assert.equal(shiftDates(want, -7), text);
  });

  it('leaves what is not a real date alone: 2026-02-30 stays invalid, longer digit runs are not dates', () => {
    for (const text of ['due: 2026-02-30', 'due: 2026-13-01', 'due: 2027-02-29', 'id 12026-11-25', 'id 2026-11-250', 'v1.2.3', '2026-1-5']) {
      assert.equal(shiftDates(text, 400), text);
    }
  });

  it('counts days between dates in UTC calendar days, leap years included', () => {
    assert.equal(daysBetween('2026-11-25', '2026-11-25'), 0);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2026-11-25', '2027-11-25'), 365);
    assert.equal(daysBetween('2027-11-25', '2028-11-25'), 366);
    assert.equal(daysBetween('2026-11-25', '2026-11-01'), -24);
    assert.throws(() => daysBetween('2026-02-30', '2026-11-25'), /not a date/);
  });

  it("takes today as the local calendar date of an injected instant", () => {
    assert.equal(localDate(new Date(2028, 1, 29, 23, 59)), '2028-02-29');
    assert.equal(localDate(new Date(2027, 0, 1, 0, 0)), '2027-01-01');
  });
});

describe('evergreen examples: a shifted copy of examples/', function () {
  let tmp: string;
  before(function () {
    if (!fs.existsSync(path.join(examples, 'handoffs'))) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-evergreen-'));
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('examples/README.md states the reference date', () => {
    assert.match(fs.readFileSync(path.join(examples, 'README.md'), 'utf8'), new RegExp(`reference date[^\\n]*\\*\\*${REFERENCE_DATE}\\*\\*`, 'i'));
  });

  // A plain shift, a month end, a leap day, years ahead, and before the reference date.
  for (const today of ['2026-11-30', '2027-01-31', '2028-02-29', '2031-07-04', '2026-06-01']) {
    it(`linted on ${today}, reports what examples/ reports on the reference date, dates moved`, async () => {
      const days = daysBetween(REFERENCE_DATE, today);
      const copy = path.join(tmp, today, 'examples');
      assert.equal(copyEvergreen(examples, copy, today), days);
      // JSON paths are from the repository root: examples/… here, the copy's own folder there.
      const key = (p: Problem, move: (s: string) => string) => `${move(p.file.replace(/^examples\//, ''))}:${p.line}:${p.column} ${p.severity} ${p.rule} ${move(p.message)}`;
      const expected = (await lintJson(examples, REFERENCE_DATE)).map((p) => key(p, (s) => shiftDates(s, days))).sort();
      const actual = (await lintJson(copy, addDays(REFERENCE_DATE, days)!)).map((p) => key(p, (s) => s)).sort();
      assert.ok(expected.length > 0);
      assert.deepEqual(actual, expected);
    });
  }

  it('changes only dates: shifting the copy back gives every file byte for byte', () => {
    const days = daysBetween(REFERENCE_DATE, '2029-03-01');
    const copy = path.join(tmp, 'bytes', 'examples');
    copyEvergreen(examples, copy, '2029-03-01');
    const original = filesUnder(examples);
    assert.deepEqual(filesUnder(copy).map((f) => shiftDates(f, -days)).sort(), original);
    for (const file of original) {
      const bytes = fs.readFileSync(path.join(copy, shiftDates(file, days)));
      assert.equal(shiftDates(bytes.toString('latin1'), -days), fs.readFileSync(path.join(examples, file)).toString('latin1'), file);
    }
  });
});
