import assert from 'node:assert/strict';
import { acceptEdits, applyEdits, defaultConfig, loadConfig, nextStatuses, parseHandoff, returnEdits, setStatusEdits, statusStamps, transitionBlockers } from '../../../src/core/index';

const config = defaultConfig();
const COMPLETE = [
  '---',
  'handoff: generic   # the type',
  "title: 'Billing: move to Finance'",
  'status: "open"',
  'from: Ops',
  '---',
  '## Summary',
  'x',
  '## Context',
  'y',
  '## Open questions',
  'z',
  '## Checklist',
  '- [x] done',
  '',
].join('\n');

describe('status transitions', () => {
  it('refuses, never throws, when a value contains itself (an alias inside its own anchor)', () => {
    const doc = parseHandoff('---\nhandoff: generic\nstatus: open\nlinks: &r\n  - *r\n---\n');
    const result = acceptEdits(doc, config, '2026-06-01', 'dana');
    assert.match(result.refused ?? '', /anchors, aliases or tags/);
  });

  it('offers every other configured status', () => {
    assert.deepEqual(nextStatuses(parseHandoff(COMPLETE), config), ['draft', 'accepted', 'returned', 'done', 'cancelled']);
  });

  it('blocks accepting or completing an incomplete handoff, never cancelling or returning', () => {
    const incomplete = parseHandoff(COMPLETE.replace('## Context\ny\n', '').replace('- [x] done', '- [ ] review'));
    assert.deepEqual(transitionBlockers(incomplete, config, 'accepted'), ['missing section "Context"', '1 unchecked item in "Checklist"']);
    assert.equal(transitionBlockers(incomplete, config, 'done').length, 2);
    assert.deepEqual(transitionBlockers(incomplete, config, 'cancelled'), []);
    assert.deepEqual(transitionBlockers(incomplete, config, 'returned'), []);
    assert.deepEqual(transitionBlockers(parseHandoff(COMPLETE), config, 'accepted'), []);
    assert.deepEqual(transitionBlockers(parseHandoff(COMPLETE.replace('- [x] done\n', '')), config, 'done'), ['no checklist items in "Checklist"']);
  });

  it('accepts: status, accepted_by, accepted_at; the rest byte-for-byte unchanged', () => {
    const out = applyEdits(COMPLETE, acceptEdits(parseHandoff(COMPLETE), config, '2026-11-25', 'priya@example.com').edits!);
    assert.equal(out, COMPLETE.replace('status: "open"', 'status: "accepted"').replace('from: Ops\n', 'from: Ops\naccepted_by: priya@example.com\naccepted_at: 2026-11-25\n'));
  });

  it('accepts without `accepted_by` when nobody is configured', () => {
    const out = applyEdits(COMPLETE, acceptEdits(parseHandoff(COMPLETE), config, '2026-11-25', undefined).edits!);
    assert.equal(out, COMPLETE.replace('status: "open"', 'status: "accepted"').replace('from: Ops\n', 'from: Ops\naccepted_at: 2026-11-25\n'));
  });

  it('stamps the date of each move: accepted_at, returned_at, done_at for every done status; none for the others (abandoned ones included)', () => {
    const custom = loadConfig('statuses: { open: [new, accepted, returned], closed: [shipped, done, cancelled, canceled], abandoned: [cancelled, canceled] }\n').config;
    assert.deepEqual(statusStamps('accepted', custom, '2026-11-25', 'dana'), { accepted_by: 'dana', accepted_at: '2026-11-25' });
    assert.deepEqual(statusStamps('returned', custom, '2026-11-25', 'dana'), { returned_at: '2026-11-25' });
    assert.deepEqual(statusStamps('shipped', custom, '2026-11-25'), { done_at: '2026-11-25' });
    assert.deepEqual(statusStamps('done', custom, '2026-11-25'), { done_at: '2026-11-25' });
    for (const status of ['new', 'cancelled', 'canceled']) assert.deepEqual(statusStamps(status, custom, '2026-11-25'), {}, status);
  });

  it('moves to done with `done_at`, overwriting an earlier stamp in place, comments kept', () => {
    const text = COMPLETE.replace('from: Ops\n', 'from: Ops\ndone_at: 2026-01-01   # first time\n');
    const out = applyEdits(text, setStatusEdits(parseHandoff(text), 'done', config, '2026-11-25').edits!);
    assert.equal(out, text.replace('status: "open"', 'status: "done"').replace('done_at: 2026-01-01', 'done_at: 2026-11-25'));
  });

  it('still refuses what it refused, stamps or not', () => {
    const flow = '---\n{handoff: generic, status: open}\n---\n';
    for (const result of [setStatusEdits(parseHandoff(flow), 'done', config, '2026-11-25'), returnEdits(parseHandoff(flow), 'x', config, '2026-11-25')]) {
      assert.match(result.refused ?? '', /flow mapping/);
    }
  });

  it('returns with a reason, quoting it when YAML needs quotes, and keeps CRLF', () => {
    const crlf = COMPLETE.replace(/\n/g, '\r\n');
    const out = applyEdits(crlf, returnEdits(parseHandoff(crlf), 'Missing: the contract', config, '2026-11-25').edits!);
    assert.equal(out, crlf.replace('status: "open"', 'status: "returned"').replace('from: Ops\r\n', 'from: Ops\r\nreturned_reason: "Missing: the contract"\r\nreturned_at: 2026-11-25\r\n'));
    assert.equal(parseHandoff(out).frontMatter!.fields.get('returned_reason')!.value, 'Missing: the contract');
  });

  it('sets a status that was empty, keeping the comment after the type', () => {
    const text = COMPLETE.replace('status: "open"', 'status:');
    const out = applyEdits(text, setStatusEdits(parseHandoff(text), 'cancelled', config, '2026-11-25').edits!);
    assert.equal(out, COMPLETE.replace('status: "open"', 'status: cancelled'));
  });
});
