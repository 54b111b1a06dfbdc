// unchecked-items: the handoff is accepted or closed while its checklist still has open items.
// Accepting means the receiver confirmed every item; an unchecked one is an unconfirmed promise.
import { isClosedStatus } from '../config/types';
import { defineRule, type Fix } from '../lint/rule';
import { fieldText, normalizeSectionName, type HandoffDocument, type TaskItem } from '../model/handoff';

const ACCEPTED = 'accepted';

export default defineRule({
  meta: {
    id: 'unchecked-items',
    docs: { description: 'A handoff is accepted or closed while checklist items are unchecked' },
    messages: { unchecked: 'Unexpected unchecked item{{item}} in `{{section}}`, expected every item checked when status is `{{status}}`' },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
    requiresBody: true,
  },
  check(doc, { config, type, report }) {
    const status = fieldText(doc, 'status');
    if (status !== ACCEPTED && !isClosedStatus(config, status)) return;
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

