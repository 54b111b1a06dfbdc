// missing-checklist: a checklist section without a single task item. The checklist is what the
// receiving team ticks off before accepting; without items there is nothing to accept against.
import type { Rule } from '../lint/rule';
import { normalizeSectionName } from '../model/handoff';

const rule: Rule = {
  id: 'missing-checklist',
  description: 'A checklist section has no task items',
  defaultSeverity: 'error',
  fixable: false,
  needsType: true,
  needsBody: true,
  check(doc, { type, report }) {
    for (const spec of type!.sections) {
      if (!spec.checklist) continue;
      const key = normalizeSectionName(spec.name);
      const section = doc.sections.find((s) => s.key === key);
      if (!section || section.taskItems.length > 0) continue;
      report({
        message: `Missing task items in checklist section \`${section.name}\`, expected items such as \`- [ ] …\``,
        range: section.headingRange,
      });
    }
  },
};

export default rule;
