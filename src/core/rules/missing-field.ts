// missing-field: a field the handoff type requires is absent or empty. Without `owner` and
// `assignee` nobody knows who is accountable on either side of the handoff.
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import { asSuggestions, defineRule } from '../lint/rule';

const EMPTY_VALUES = new Set<unknown>([null, undefined, '']);

export default defineRule({
  meta: {
    id: 'missing-field',
    docs: { description: 'A field required by the handoff type is absent or empty' },
    messages: {
      missing: 'Missing front-matter field `{{field}}`, required by type `{{type}}`',
      empty: 'Empty front-matter field `{{field}}`, expected a value required by type `{{type}}`',
    },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
  },
  check(doc, { type, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping) return;
    for (const key of type.requiredFields) {
      const field = fm.fields.get(key);
      const value = field?.value;
      const empty = EMPTY_VALUES.has(value) || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
      if (!empty) continue;
      const placeholder = key === 'due' || key === 'created' ? 'YYYY-MM-DD' : 'TODO';
      report({
        messageId: field ? 'empty' : 'missing',
        data: { field: key, type: type.id },
        range: field ? doc.lines.rangeOf(field.keyStart, Math.max(field.keyEnd, field.valueEnd)) : doc.lines.rangeOf(0, 3),
        fixes: asSuggestions(fieldFix(`Add field \`${key}\``, setFieldEdit(doc, key, placeholder))),
      });
    }
  },
});
