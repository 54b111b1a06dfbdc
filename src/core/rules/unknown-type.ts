// unknown-type: a `handoff:` value that is neither a built-in nor a configured type. Without a
// known type there is nothing to check the handoff against, so every other check is skipped:
// this one error is all that stands between a typo and a handoff that silently passes.
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import { asSuggestions, defineRule, type Fix } from '../lint/rule';
import { closest } from '../util/closest';

const FALLBACK_TYPE = 'generic';

export default defineRule({
  meta: {
    id: 'unknown-type',
    docs: { description: 'The `handoff:` value is not a built-in or configured handoff type' },
    messages: {
      missing: 'Missing handoff type in `handoff`, expected a type id such as {{example}}',
      notString: 'Unexpected {{kind}} in `handoff`, expected a type id such as `{{example}}`',
      didYouMean: 'Unexpected handoff type `{{type}}`, expected `{{suggestion}}`',
      unknown: 'Unexpected handoff type `{{type}}`, expected one of {{types}}',
    },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: false,
  },
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
        messageId: 'missing',
        data: { example: fallback ? `\`${fallback}\`` : 'one from `.handoff.yml`' },
        range,
        fixes: fallback ? replaceWith(fallback) : [],
      });
      return;
    }
    if (typeof value !== 'string') {
      report({
        messageId: 'notString',
        data: { kind: describeValue(value), example: config.types.has(FALLBACK_TYPE) ? FALLBACK_TYPE : (ids[0] ?? 'generic') },
        range: doc.lines.rangeOf(field.valueStart, field.valueEnd),
      });
      return;
    }
    const id = value.trim();
    if (config.types.has(id)) return;
    const suggestion = closest(id, ids);
    report({
      ...(suggestion
        ? { messageId: 'didYouMean', data: { type: id, suggestion } }
        : { messageId: 'unknown', data: { type: id, types: ids.map((t) => `\`${t}\``).join(', ') } }),
      range: doc.lines.rangeOf(field.valueStart, field.valueEnd),
      fixes: suggestion ? replaceWith(suggestion) : [],
    });
  },
});

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'mapping';
  return typeof value;
}

