// overdue: an open handoff whose due date has passed. A handoff nobody closed is work nobody
// owns; the warning keeps it visible until it is accepted, done, cancelled or rescheduled.
import { defineRule } from '../lint/rule';
import type { Field } from '../model/front-matter';
import { addDays, daysBetween, readDate } from '../util/dates';

export default defineRule({
  meta: {
    id: 'overdue',
    docs: { description: 'An open handoff is past its due date' },
    messages: { overdue: 'Unexpected open handoff past its {{what}}, {{late}} day{{s}} ago, expected a later `due` or a closed status' },
    defaultSeverity: 'warning',
    fixable: false,
    requiresType: true,
    dependsOnToday: true,
  },
  check(doc, { config, type, today, phase, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping || phase === 'closed') return;
    const date = (f: Field | undefined) => readDate(f?.value, config.timeZone);
    const dueField = fm.fields.get('due');
    let due: string | undefined;
    let at: Field | undefined;
    let what: string;
    if (dueField && dueField.value !== null && dueField.value !== '') {
      // Present but invalid: invalid-field reports it; an invalid date is never overdue.
      due = date(dueField);
      at = dueField;
      what = `due date \`${due}\``;
    } else {
      // No due date: a type with a service level makes a handoff due `sla_days` after `created`,
      // while it waits for the receiver to take it (the service level is the time to pick it up).
      const createdField = fm.fields.get('created');
      const created = date(createdField);
      if (created === undefined || type.slaDays === undefined || phase !== 'waiting') return;
      due = addDays(created, type.slaDays);
      at = createdField;
      what = `service level of ${type.slaDays} days from \`created\` (due \`${due}\`)`;
    }
    if (due === undefined || at === undefined || due >= today) return;
    const late = daysBetween(due, today);
    report({
      messageId: 'overdue',
      data: { what, late, s: late === 1 ? '' : 's' },
      range: doc.lines.rangeOf(at.valueStart, Math.max(at.valueEnd, at.valueStart)),
    });
  },
});
