// template-outdated: the document was written from an older version of its type's template
// (`template_version` below the type's `version`). Teams add sections as they learn what
// receivers need; this says so, and the fix adds the newly required sections without touching
// existing text, then records the new version.
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import { findMissingSections, insertSectionsEdits } from '../edit/section-edit';
import { defineRule } from '../lint/rule';

export default defineRule({
  meta: {
    id: 'template-outdated',
    docs: { description: "The document was written from an older version of its type's template" },
    messages: { outdated: 'Unexpected template version `{{found}}`, expected `{{expected}}` for type `{{type}}`{{added}}' },
    defaultSeverity: 'info',
    fixable: true,
    requiresType: true,
    requiresBody: true,
  },
  check(doc, { type, report }) {
    const field = doc.frontMatter?.fields.get('template_version');
    // Documents that never recorded a version are left alone: nothing says they are behind.
    if (!field || type.version === undefined || typeof field.value !== 'number' || field.value >= type.version) return;
    const missing = findMissingSections(doc, type);
    const added = missing.length ? `; version ${type.version} requires ${missing.map((m) => `\`${m.spec.name}\``).join(', ')}` : '';
    report({
      messageId: 'outdated',
      data: { found: field.value, expected: type.version, type: type.id, added },
      range: doc.lines.rangeOf(field.keyStart, field.valueEnd),
      fixes: fieldFix(`Update to template version ${type.version}`, setFieldEdit(doc, 'template_version', type.version), insertSectionsEdits(doc, missing)),
    });
  },
});
