import assert from 'node:assert/strict';
import { acceptEdits, applyEdits, defaultConfig, nextStatuses, parseHandoff, returnEdits, setStatusEdits, transitionBlockers } from '../../../src/core/index';

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
    const result = acceptEdits(doc, 'dana', '2026-06-01');
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
    const out = applyEdits(COMPLETE, acceptEdits(parseHandoff(COMPLETE), 'priya@example.com', '2026-11-25').edits!);
    assert.equal(out, COMPLETE.replace('status: "open"', 'status: "accepted"').replace('from: Ops\n', 'from: Ops\naccepted_by: priya@example.com\naccepted_at: 2026-11-25\n'));
  });

  it('returns with a reason, quoting it when YAML needs quotes, and keeps CRLF', () => {
    const crlf = COMPLETE.replace(/\n/g, '\r\n');
    const out = applyEdits(crlf, returnEdits(parseHandoff(crlf), 'Missing: the contract').edits!);
    assert.equal(out, crlf.replace('status: "open"', 'status: "returned"').replace('from: Ops\r\n', 'from: Ops\r\nreturned_reason: "Missing: the contract"\r\n'));
    assert.equal(parseHandoff(out).frontMatter!.fields.get('returned_reason')!.value, 'Missing: the contract');
  });

  it('sets a status that was empty, keeping the comment after the type', () => {
    const text = COMPLETE.replace('status: "open"', 'status:');
    const out = applyEdits(text, setStatusEdits(parseHandoff(text), 'done').edits!);
    assert.equal(out, COMPLETE.replace('status: "open"', 'status: done'));
  });
});
