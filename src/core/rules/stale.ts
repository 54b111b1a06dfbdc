// stale: an open handoff older than `stale_after_days` (config, default 14). A handoff that sits
// open for weeks is work nobody is moving; the warning asks someone to accept, finish or close it.
import { isClosedStatus } from '../config/types';
import { defineRule } from '../lint/rule';
import { fieldText } from '../model/handoff';
import { daysBetween, readDate } from '../util/dates';

export default defineRule({
  meta: {
    id: 'stale',
    docs: { description: 'An open handoff is older than stale_after_days' },
    messages: { stale: 'Unexpected open handoff created {{age}} days ago, more than `stale_after_days` ({{limit}}), expected it accepted, done or closed' },
    defaultSeverity: 'warning',
    fixable: false,
    requiresType: true,
    dependsOnToday: true,
  },
  check(doc, { config, today, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping || isClosedStatus(config, fieldText(doc, 'status'))) return;
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
