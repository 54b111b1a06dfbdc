import assert from 'node:assert/strict';
import { addDays, daysBetween, isTimeZone, isValidDate, lintText, loadConfig, readDate, todayIn } from '../../../src/core/index';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { assertInvalid, CLEAN, lineStarting } from '../helpers/rule-tester';

describe('dates', () => {
  it('takes real calendar dates in the years 1000–9999 only', () => {
    for (const valid of ['1000-01-01', '2026-02-28', '2028-02-29', '9999-12-31']) assert.ok(isValidDate(valid), valid);
    for (const invalid of ['0999-12-31', '0100-01-01', '0000-01-01', '2026-02-29', '10000-01-01', '+02026-01-01', '2026-1-1']) assert.ok(!isValidDate(invalid), invalid);
  });

  it('adds days, or gives undefined when the result leaves the years 1000–9999, never throwing', () => {
    assert.equal(addDays('2026-12-30', 3), '2027-01-02');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    for (const days of [100_000_000, -100_000_000, 1e300, Infinity, -Infinity, NaN, 3_000_000]) {
      assert.equal(addDays('2026-01-01', days), undefined, String(days));
    }
    assert.equal(addDays('9999-12-31', 1), undefined);
    assert.equal(addDays('1000-01-01', -1), undefined);
    assert.equal(addDays('not a date', 1), undefined);
    assert.ok(Number.isNaN(daysBetween('nope', '2026-01-01')));
  });

  it('reports a front-matter year outside 1000–9999 as an invalid field, where it is written', () => {
    const text = CLEAN.replace(/^due:.*$/m, 'due: 0999-12-31');
    const [issue] = assertInvalid('invalid-field', text, [lineStarting(text, 'due:')]);
    assert.match(issue!.message, /0999-12-31/);
  });

  it('lint, list and stats answer a huge sla_days without an internal error', async () => {
    const config = 'types:\n  generic:\n    sla_days: 100000000\n';
    const doc = handoffDoc().replace(/^due:.*$/m, 'created: 2026-01-05');
    for (const command of ['lint', 'list', 'stats']) {
      const run = await runInMemory([command], { '.handoff.yml': config, 'handoffs/a.md': doc });
      assert.ok(run.code === 0 || run.code === 1, `${command}: exit ${run.code}, ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /internal error/);
    }
  });

  describe('date-times', () => {
    it('reads a date-time without a zone as a wall-clock time in the team zone: the date written', () => {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
        for (const value of ['2026-11-27T08:30', '2026-11-27 08:30', '2026-11-27T23:59:59', '2026-11-27T00:00:00.123', '2026-11-27 08:30:05.123456789']) {
          assert.equal(readDate(value, zone), '2026-11-27', `${value} in ${zone}`);
        }
      }
      assert.equal(readDate('2026-11-27', 'Pacific/Kiritimati'), '2026-11-27'); // a date is that date anywhere
    });

    it('reads a date-time with Z or an offset as an instant: the date the team’s clocks showed', () => {
      const at = (value: string) => ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'].map((zone) => readDate(value, zone));
      // 14:05 UTC: 06:05 in Los Angeles (UTC−8 in November), 19:35 in Kolkata, 04:05 next day in Kiritimati (UTC+14).
      assert.deepEqual(at('2026-11-18T14:05:00Z'), ['2026-11-18', '2026-11-18', '2026-11-18', '2026-11-19']);
      // 07:00 UTC: still the day before in Los Angeles.
      assert.deepEqual(at('2026-11-18 07:00Z'), ['2026-11-18', '2026-11-17', '2026-11-18', '2026-11-18']);
      // An offset that crosses midnight: 23:30 in New York is 04:30 UTC the next day.
      assert.deepEqual(at('2026-11-27T23:30-05:00'), ['2026-11-28', '2026-11-27', '2026-11-28', '2026-11-28']);
      // And the other way: 00:15 in Kolkata is 18:45 UTC the day before.
      assert.deepEqual(at('2026-11-28T00:15:00+05:30'), ['2026-11-27', '2026-11-27', '2026-11-28', '2026-11-28']);
      assert.equal(readDate('2026-12-31T23:00:00-01:00', 'UTC'), '2027-01-01'); // across a year end
    });

    it('follows daylight saving time on the days it changes', () => {
      // Los Angeles: PDT (UTC−7) until 2026-11-01 09:00 UTC, PST (UTC−8) after.
      assert.equal(readDate('2026-11-01T06:30Z', 'America/Los_Angeles'), '2026-10-31'); // 23:30 PDT
      assert.equal(readDate('2026-11-01T07:30Z', 'America/Los_Angeles'), '2026-11-01'); // 00:30 PDT
      assert.equal(readDate('2026-11-02T07:30Z', 'America/Los_Angeles'), '2026-11-01'); // 23:30 PST
      assert.equal(readDate('2026-11-02T08:30Z', 'America/Los_Angeles'), '2026-11-02'); // 00:30 PST
      // Spring forward, 2026-03-08 (02:00 PST becomes 03:00 PDT): 07:30 UTC is still 23:30 PST the day before.
      assert.equal(readDate('2026-03-08T07:30Z', 'America/Los_Angeles'), '2026-03-07');
      assert.equal(readDate('2026-03-09T06:30Z', 'America/Los_Angeles'), '2026-03-08'); // 23:30 PDT
      assert.equal(readDate('2026-03-09T07:30Z', 'America/Los_Angeles'), '2026-03-09'); // 00:30 PDT
      // A wall-clock time that does not exist that night (02:30) is still that date.
      assert.equal(readDate('2026-03-08T02:30', 'America/Los_Angeles'), '2026-03-08');
    });

    it('rejects what is not a valid date or date-time, and date-times that leave the years 1000–9999', () => {
      const invalid = [
        '2026-02-30T10:00', '2026-11-27T24:00', '2026-11-27T08:60', '2026-11-27T08:30:60', '2026-11-27T8:30', '2026-11-27T08',
        '2026-11-27T08:30+5:30', '2026-11-27T08:30+24:00', '2026-11-27T08:30+05:60', '2026-11-27T08:30z', '2026-11-27T08:30 Z',
        '2026-11-27T08:30:00.', '2026-11-27T08:30:00.1234567890', '2026-11-27T08:30+0530', '2026-11-27  08:30', '2026-11-27T',
        '27/11/2026 08:30', 'tomorrow', '', '0999-12-31T23:00', '9999-12-31T23:00-05:00', '1000-01-01T00:30+01:00',
      ];
      for (const value of invalid) assert.equal(readDate(value, 'UTC'), undefined, value);
      assert.equal(readDate('9999-12-31T23:00-05:00', 'America/Los_Angeles'), '9999-12-31'); // in range there
      assert.equal(readDate(42, 'UTC'), undefined);
      assert.equal(readDate('2026-11-27T08:30Z', 'Not/AZone'), undefined);
    });

    it('takes today in the team zone from an injected instant', () => {
      const now = new Date('2026-11-27T20:00:00Z');
      assert.deepEqual(
        ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'].map((zone) => todayIn(zone, now)),
        ['2026-11-27', '2026-11-27', '2026-11-28', '2026-11-28'],
      );
      assert.ok(isTimeZone('Asia/Kolkata') && isTimeZone('UTC') && !isTimeZone('Asia/Kolkatta') && !isTimeZone(''));
    });

    it('lints date-times as dates in the config’s zone, and invalid ones with a clear message', () => {
      const kolkata = loadConfig('timezone: Asia/Kolkata\n').config;
      const la = loadConfig('timezone: America/Los_Angeles\n').config;
      // Due 2026-11-27 23:30 in New York: 2026-11-28 in Kolkata (not yet past on the 27th there), the 27th in LA.
      const text = CLEAN.replace(/^due:.*$/m, "due: '2026-11-27T23:30-05:00'");
      const rules = (config: typeof la, today: string) => lintText(text, { config, today }).issues.map((i) => i.ruleId);
      assert.ok(!rules(kolkata, '2026-11-28').includes('overdue'));
      assert.ok(rules(la, '2026-11-28').includes('overdue'));
      assert.ok(!rules(la, '2026-11-28').includes('invalid-field'));
      const bad = CLEAN.replace(/^due:.*$/m, 'due: 2026-11-27T25:00');
      const [issue] = assertInvalid('invalid-field', bad, [lineStarting(bad, 'due:')]);
      assert.equal(issue!.message, 'Unexpected date `2026-11-27T25:00` in `due`, expected a valid date as YYYY-MM-DD or date-time as YYYY-MM-DDTHH:MM');
    });
  });

  describe('timezone in .handoff.yml', () => {
    it('takes an IANA name, and reports an unknown one at its value with the closest name', () => {
      assert.deepEqual(loadConfig('timezone: Asia/Kolkata\n'), { config: { ...loadConfig('').config, timeZone: 'Asia/Kolkata' }, problems: [] });
      const { config, problems } = loadConfig('folder: x\ntimezone: Europe/Berln\n');
      assert.equal(config.timeZone, undefined);
      assert.deepEqual(problems.map((p) => [p.message, p.range.start.line, p.range.start.character]), [['Unknown time zone `Europe/Berln`; did you mean `Europe/Berlin`?', 1, 10]]);
      assert.match(loadConfig('timezone: Mars/Olympus_Mons_Base\n').problems[0]!.message, /^Unknown time zone `Mars\/Olympus_Mons_Base`, expected an IANA name/);
      assert.equal(loadConfig('timezone: 5\n').problems.length, 1);
    });
  });
});

