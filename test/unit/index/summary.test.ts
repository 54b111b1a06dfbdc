import assert from 'node:assert/strict';
import { defaultConfig, loadConfig, parseHandoff, readHeader, summarizeHandoff, summarizeHeader } from '../../../src/core/index';
import { handoffDoc, TODAY } from '../helpers/handoff-fixtures';

describe('summarizeHandoff', () => {
  const config = defaultConfig();

  it('summarizes the fields, the title and the checklist progress', () => {
    const summary = summarizeHandoff(parseHandoff(handoffDoc({ checklist: [true, false, true] })), config, TODAY);
    assert.deepEqual(summary, {
      type: 'generic',
      title: 'Board report handover',
      status: 'open',
      from: 'Finance',
      to: 'Strategy',
      owner: 'grace@example.com',
      assignee: 'tomas@example.com',
      created: undefined,
      acceptedAt: undefined,
      returnedAt: undefined,
      doneAt: undefined,
      due: '2030-01-31',
      overdue: false,
      open: true,
      checklist: { done: 2, total: 3 },
    });
  });

  it('flags an open handoff past its due date as overdue, never a closed one or an invalid date', () => {
    const overdue = (text: string) => summarizeHandoff(parseHandoff(text), config, TODAY).overdue;
    assert.equal(overdue(handoffDoc({ due: '2026-02-28' })), true);
    assert.equal(overdue(handoffDoc({ due: TODAY })), false);
    assert.equal(overdue(handoffDoc({ due: '2026-02-28', status: 'done' })), false);
    assert.equal(overdue(handoffDoc({ due: '2026-02-30' })), false);
    assert.equal(summarizeHandoff(parseHandoff(handoffDoc({ status: 'cancelled' })), config, TODAY).open, false);
  });

  it('counts only the task items of the type’s checklist sections', () => {
    const text = handoffDoc({ checklist: [true] }).replace('None so far.', '- [ ] not a checklist item');
    assert.deepEqual(summarizeHandoff(parseHandoff(text), config, TODAY).checklist, { done: 1, total: 1 });
  });

  it('counts every task item when the type is unknown', () => {
    const text = handoffDoc({ type: 'no-such-type', checklist: [true] }).replace('None so far.', '- [ ] another');
    assert.deepEqual(summarizeHandoff(parseHandoff(text), config, TODAY).checklist, { done: 1, total: 2 });
  });

  it('falls back to created + sla_days for the due date, as the overdue rule does', () => {
    const { config: sla } = loadConfig('types:\n  quick:\n    sla_days: 10\n    sections: [{ name: Checklist, checklist: true }]\n');
    const text = '---\nhandoff: quick\ntitle: Q\nstatus: open\ncreated: 2026-01-29\n---\n## Checklist\n- [ ] a\n';
    const summary = summarizeHandoff(parseHandoff(text), sla, TODAY);
    assert.equal(summary.due, '2026-02-08');
    assert.equal(summary.overdue, true);
  });

  it('summarizes from the front-matter alone, without the Markdown title or checklist', () => {
    const text = handoffDoc({ checklist: [true] }).replace('title: Board report handover\n', '');
    const header = summarizeHeader(readHeader(text), config, TODAY);
    assert.equal(header.title, undefined);
    assert.deepEqual(header.checklist, { done: 0, total: 0 });
    assert.equal(summarizeHandoff(parseHandoff(text), config, TODAY).title, 'Board report handover');
  });
});
