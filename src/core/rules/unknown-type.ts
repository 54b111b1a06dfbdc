// unknown-type: a `handoff:` value that is neither a built-in nor a configured type. Without a
// known type there is nothing to check the handoff against, so every other check is skipped:
// this one error is all that stands between a typo and a handoff that silently passes.
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import { asSuggestions, type Fix, type Rule } from '../lint/rule';
import { closest } from '../util/closest';

const FALLBACK_TYPE = 'generic';

const rule: Rule = {
  id: 'unknown-type',
  description: 'The `handoff:` value is not a built-in or configured handoff type',
  defaultSeverity: 'error',
  fixable: true,
  needsType: false,
  check(doc, { config, report }) {
    const field = doc.frontMatter?.fields.get('handoff');
    if (!field) return;
    const ids = [...config.types.keys()];
    const value = field.value;
    const range = doc.lines.rangeOf(field.keyStart, Math.max(field.keyEnd, field.valueEnd));
    const replaceWith = (id: string): Fix[] => asSuggestions(fieldFix(`Change type to \`${id}\``, setFieldEdit(doc, 'handoff', id)));

    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
      const fallback = config.types.has(FALLBACK_TYPE) ? FALLBACK_TYPE : ids[0];
      report({
        message: `Missing handoff type in \`handoff\`, expected a type id such as ${fallback ? `\`${fallback}\`` : 'one from `.handoff.yml`'}`,
        range,
        fixes: fallback ? replaceWith(fallback) : [],
      });
      return;
    }
    if (typeof value !== 'string') {
      report({
        message: `Unexpected ${describeValue(value)} in \`handoff\`, expected a type id such as \`${config.types.has(FALLBACK_TYPE) ? FALLBACK_TYPE : (ids[0] ?? 'generic')}\``,
        range: doc.lines.rangeOf(field.valueStart, field.valueEnd),
      });
      return;
    }
    const id = value.trim();
    if (config.types.has(id)) return;
    const suggestion = closest(id, ids);
    report({
      message: suggestion
        ? `Unexpected handoff type \`${id}\`, expected \`${suggestion}\``
        : `Unexpected handoff type \`${id}\`, expected one of ${ids.map((t) => `\`${t}\``).join(', ')}`,
      range: doc.lines.rangeOf(field.valueStart, field.valueEnd),
      fixes: suggestion ? replaceWith(suggestion) : [],
    });
  },
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'mapping';
  return typeof value;
}

export default rule;
