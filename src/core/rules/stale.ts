// stale: a handoff *waiting* for its receiver (phase `waiting`: `open`, `returned`) older than
// `stale_after_days` (config, default 14). A handoff nobody takes for weeks is work nobody is
// moving; the warning asks the receiver to accept or return it. A draft is not handed over yet and
// an accepted one is owned: neither is waiting on anybody.
import { defineRule } from '../lint/rule';
import { daysBetween, readDate } from '../util/dates';

export default defineRule({
  meta: {
    id: 'stale',
    docs: { description: 'A handoff waiting for its receiver is older than stale_after_days' },
    messages: { stale: 'Unexpected handoff waiting for its receiver, created {{age}} days ago, more than `stale_after_days` ({{limit}}), expected the receiver to accept or return it' },
    defaultSeverity: 'warning',
    fixable: false,
    requiresType: true,
    dependsOnToday: true,
  },
  check(doc, { config, today, phase, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping || phase !== 'waiting') return;
    // The age is counted from `created` (the dashboard and `handoff stats` also use git history
    // for handoffs without one; a rule sees only the document). An invalid date is invalid-field's.
    const created = fm.fields.get('created');
    const value = readDate(created?.value, config.timeZone);
    if (!created || value === undefined) return;
    const age = daysBetween(value, today);
    if (age <= config.staleAfterDays) return;
    report({
      messageId: 'stale',
      data: { age, limit: config.staleAfterDays },
      range: doc.lines.rangeOf(created.valueStart, Math.max(created.valueEnd, created.valueStart)),
    });
  },
});
