// empty-section: a required section is there but holds nothing (or only the template's comment
// prompt). An empty "Risks" reads as "no risks" to the receiver, which is rarely what was meant.
import { defineRule } from '../lint/rule';
import { normalizeSectionName } from '../model/handoff';

export default defineRule({
  meta: {
    id: 'empty-section',
    docs: { description: 'A section required by the handoff type has no content' },
    messages: { empty: 'Missing content in section `{{section}}`, expected {{expected}}' },
    defaultSeverity: 'warning',
    fixable: false,
    requiresType: true,
    requiresBody: true,
    completeness: true,
  },
  check(doc, { type, report }) {
    for (const spec of type.sections) {
      // An empty checklist section is missing-checklist's error; one report is enough.
      if (spec.checklist) continue;
      const key = normalizeSectionName(spec.name);
      const section = doc.sections.find((s) => s.key === key);
      if (!section?.empty) continue;
      const hint = spec.description?.trim().replace(/(?<![.\s])[.\s]+$/, '');
      report({
        messageId: 'empty',
        data: { section: section.name, expected: hint || 'some text' },
        range: section.headingRange,
      });
    }
  },
});
