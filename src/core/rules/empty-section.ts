// empty-section: a required section is there but holds nothing (or only the template's comment
// prompt). An empty "Risks" reads as "no risks" to the receiver, which is rarely what was meant.
import type { Rule } from '../lint/rule';
import { normalizeSectionName } from '../model/handoff';

const rule: Rule = {
  id: 'empty-section',
  description: 'A section required by the handoff type has no content',
  defaultSeverity: 'warning',
  fixable: false,
  needsType: true,
  needsBody: true,
  check(doc, { type, report }) {
    for (const spec of type!.sections) {
      // An empty checklist section is missing-checklist's error; one report is enough.
      if (spec.checklist) continue;
      const key = normalizeSectionName(spec.name);
      const section = doc.sections.find((s) => s.key === key);
      if (!section?.empty) continue;
      const hint = spec.description?.trim().replace(/(?<![.\s])[.\s]+$/, '');
      report({
        message: `Missing content in section \`${section.name}\`, expected ${hint ? `${hint}` : 'some text'}`,
        range: section.headingRange,
      });
    }
  },
};

export default rule;
