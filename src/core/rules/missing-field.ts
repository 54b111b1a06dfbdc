// missing-field: a field the handoff type requires is absent or empty. Without `owner` and
// `assignee` nobody knows who is accountable on either side of the handoff.
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import { asSuggestions, type Rule } from '../lint/rule';

const EMPTY_VALUES = new Set<unknown>([null, undefined, '']);

const rule: Rule = {
  id: 'missing-field',
  description: 'A field required by the handoff type is absent or empty',
  defaultSeverity: 'error',
  fixable: true,
  needsType: true,
  check(doc, { type, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping) return;
    for (const key of type!.requiredFields) {
      const field = fm.fields.get(key);
      const value = field?.value;
      const empty = EMPTY_VALUES.has(value) || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
      if (!empty) continue;
      const placeholder = key === 'due' || key === 'created' ? 'YYYY-MM-DD' : 'TODO';
      report({
        message: field
          ? `Empty front-matter field \`${key}\`, expected a value required by type \`${type!.id}\``
          : `Missing front-matter field \`${key}\`, required by type \`${type!.id}\``,
        range: field ? doc.lines.rangeOf(field.keyStart, Math.max(field.keyEnd, field.valueEnd)) : doc.lines.rangeOf(0, 3),
        fixes: asSuggestions(fieldFix(`Add field \`${key}\``, setFieldEdit(doc, key, placeholder))),
      });
    }
  },
};

export default rule;
