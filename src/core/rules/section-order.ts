// section-order: the required sections are all there but not in the type's order. Every handoff
// of a type reading the same way is what lets a receiving team scan a stack of them quickly.
import { defineRule } from '../lint/rule';
import { normalizeSectionName } from '../model/handoff';

export default defineRule({
  meta: {
    id: 'section-order',
    docs: { description: 'Required sections are not in the order the handoff type gives them' },
    messages: { order: 'Unexpected section `{{section}}` after `{{previous}}`, expected it before `{{before}}` as type `{{type}}` orders them' },
    defaultSeverity: 'info',
    fixable: false,
    requiresType: true,
    requiresBody: true,
  },
  check(doc, { type, report }) {
    const order = new Map(type.sections.map((spec, i) => [normalizeSectionName(spec.name), i] as const));
    // The first occurrence of each required section, in document order.
    const seen = new Set<string>();
    const present = doc.sections.filter((s) => order.has(s.key) && !seen.has(s.key) && seen.add(s.key));
    let latest = -1;
    for (let i = 0; i < present.length; i++) {
      const section = present[i]!;
      const rank = order.get(section.key)!;
      if (rank > latest) {
        latest = rank;
        continue;
      }
      const previous = present[i - 1]!;
      const belongsBefore = present.find((s) => order.get(s.key)! > rank)!;
      report({
        messageId: 'order',
        data: { section: section.name, previous: previous.name, before: belongsBefore.name, type: type.id },
        range: section.headingRange,
      });
      return;
    }
  },
});
