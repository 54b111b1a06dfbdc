// unknown-rule: a `<!-- handoff-disable … -->` comment names a rule that does not exist. A typo
// (`overdeu`) silently disables nothing, so the problem the author meant to silence stays while
// they believe it is handled; a did-you-mean points at the rule they meant.
import { defineRule } from '../lint/rule';
import type { HandoffDocument } from '../model/handoff';
import type { Range } from '../model/text';
import { closest } from '../util/closest';

const MARK = 'handoff-disable';

export default defineRule({
  meta: {
    id: 'unknown-rule',
    docs: { description: 'A disable comment names a rule that does not exist' },
    messages: {
      didYouMean: 'Unexpected rule `{{rule}}` in a disable comment, expected `{{suggestion}}`',
      unknown: 'Unexpected rule `{{rule}}` in a disable comment, expected a rule id such as `{{example}}`',
    },
    defaultSeverity: 'warning',
    fixable: true,
    requiresType: false,
  },
  check(doc, { ruleIds, report }) {
    for (const rule of doc.disabledRules) {
      if (ruleIds.includes(rule)) continue;
      const range = idRange(doc, rule);
      if (!range) continue;
      const suggestion = closest(rule, ruleIds);
      if (suggestion) {
        report({
          messageId: 'didYouMean',
          data: { rule, suggestion },
          range,
          fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ range, newText: suggestion }], suggestion: true }],
        });
      } else report({ messageId: 'unknown', data: { rule, example: ruleIds[0] ?? '' }, range });
    }
  },
});

/** The id's first occurrence as a whole word inside a disable comment of the body. */
function idRange(doc: HandoffDocument, id: string): Range | undefined {
  const { text } = doc;
  // Each search starts after the previous comment's end: linear however many marks a file holds.
  for (let at = text.indexOf(MARK, doc.bodyStart), close = 0; at >= 0; at = text.indexOf(MARK, close)) {
    close = text.indexOf('-->', at);
    if (close < 0) return undefined;
    for (const word of text.slice(at + MARK.length, close).matchAll(/[\w-]+/g)) {
      if (word[0] !== id) continue;
      const start = at + MARK.length + word.index;
      return doc.lines.rangeOf(start, start + id.length);
    }
  }
  return undefined;
}
