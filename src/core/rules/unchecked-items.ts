// unchecked-items: the receiver owns the handoff (phase `owned`, e.g. `accepted`) or it is closed
// while its checklist still has open items. Taking a handoff means the receiver confirmed every
// item; an unchecked one is an unconfirmed promise. A given-up (`cancelled`) handoff is left alone.
import { defineRule, type Fix } from '../lint/rule';
import { normalizeSectionName, type HandoffDocument, type TaskItem } from '../model/handoff';

export default defineRule({
  meta: {
    id: 'unchecked-items',
    docs: { description: 'A handoff is owned by its receiver or closed while checklist items are unchecked' },
    messages: { unchecked: 'Unexpected unchecked item{{item}} in `{{section}}`, expected every item checked once the receiver owns the handoff (status `{{status}}`)' },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
    requiresBody: true,
    completeness: true,
  },
  check(doc, { type, status, phase, report }) {
    if (phase !== 'owned' && phase !== 'closed') return;
    const keys = new Set(type.sections.filter((s) => s.checklist).map((s) => normalizeSectionName(s.name)));
    for (const section of doc.sections) {
      if (!keys.has(section.key)) continue;
      for (const item of section.taskItems) {
        if (item.checked) continue;
        report({
          messageId: 'unchecked',
          data: { item: item.text ? ` \`${item.text}\`` : '', section: section.name, status: status ?? '' },
          range: item.range,
          fixes: checkFix(doc, item),
        });
      }
    }
  },
});

function checkFix(doc: HandoffDocument, item: TaskItem): Fix[] {
  const start = doc.lines.offsetAt(item.checkboxRange.start);
  const end = doc.lines.offsetAt(item.checkboxRange.end);
  if (!/^\[[ \t]\]$/.test(doc.text.slice(start, end))) return [];
  return [{ title: 'Check this item', edits: [{ range: item.checkboxRange, newText: '[x]' }], suggestion: true }];
}

