// missing-checklist: a checklist section without a single task item. The checklist is what the
// receiving team ticks off before accepting; without items there is nothing to accept against.
import { defineRule } from '../lint/rule';
import { normalizeSectionName } from '../model/handoff';

export default defineRule({
  meta: {
    id: 'missing-checklist',
    docs: { description: 'A checklist section has no task items' },
    messages: { noItems: 'Missing task items in checklist section `{{section}}`, expected items such as `- [ ] …`' },
    defaultSeverity: 'error',
    fixable: false,
    requiresType: true,
    requiresBody: true,
    completeness: true,
  },
  check(doc, { type, report }) {
    for (const spec of type.sections) {
      if (!spec.checklist) continue;
      const key = normalizeSectionName(spec.name);
      const section = doc.sections.find((s) => s.key === key);
      if (!section || section.taskItems.length > 0) continue;
      report({
        messageId: 'noItems',
        data: { section: section.name },
        range: section.headingRange,
      });
    }
  },
});
