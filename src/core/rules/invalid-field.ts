// invalid-field: a front-matter value the format cannot use. A due date that is not a date is
// never reported overdue, and a status outside the configured list hides the handoff from every
// open/closed view, so both are errors; so is a value of the wrong type (a number as owner).
import { allStatuses } from '../config/types';
import { fieldFix, setFieldEdit } from '../edit/front-matter-edit';
import type { Field } from '../model/front-matter';
import { asSuggestions, defineRule } from '../lint/rule';
import { closest } from '../util/closest';
import { readDate } from '../util/dates';
import { DATE_FIELDS } from '../model/handoff';

/** Fields whose value must be a single string. */
const STRING_FIELDS = ['title', 'status', 'from', 'to', 'owner', 'assignee', 'accepted_by', 'returned_reason'] as const;
/** Fields whose value must be a list. */
const LIST_FIELDS = ['tags', 'links'] as const;

export default defineRule({
  meta: {
    id: 'invalid-field',
    docs: { description: 'A date, status or field value is invalid or of the wrong type' },
    messages: {
      dateType: 'Unexpected {{kind}} in `{{field}}`, expected a date as YYYY-MM-DD',
      date: 'Unexpected date `{{value}}` in `{{field}}`, expected a valid date as YYYY-MM-DD or date-time as YYYY-MM-DDTHH:MM',
      stringType: 'Unexpected {{kind}} in `{{field}}`, expected a string',
      statusDidYouMean: 'Unexpected status `{{status}}`, expected `{{suggestion}}`',
      status: 'Unexpected status `{{status}}`, expected one of {{statuses}}',
      listType: 'Unexpected {{kind}} in `{{field}}`, expected a list',
    },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
  },
  check(doc, { config, report }) {
    const fm = doc.frontMatter;
    if (!fm || !fm.isMapping) return;
    const valueRange = (f: Field) => (f.valueEnd > f.valueStart ? doc.lines.rangeOf(f.valueStart, f.valueEnd) : doc.lines.rangeOf(f.keyStart, f.keyEnd));
    // Absent or empty values are missing-field's business, not ours.
    const present = (key: string): Field | undefined => {
      const f = fm.fields.get(key);
      if (!f || f.value === null || f.value === undefined || (typeof f.value === 'string' && !f.value.trim())) return undefined;
      return f;
    };

    for (const key of DATE_FIELDS) {
      const f = present(key);
      if (!f) continue;
      if (typeof f.value !== 'string') {
        report({ messageId: 'dateType', data: { kind: describeValue(f.value), field: key }, range: valueRange(f) });
      } else if (readDate(f.value, config.timeZone) === undefined) {
        report({ messageId: 'date', data: { value: f.value.trim(), field: key }, range: valueRange(f) });
      }
    }

    for (const key of STRING_FIELDS) {
      const f = present(key);
      if (!f) continue;
      if (typeof f.value !== 'string') {
        report({ messageId: 'stringType', data: { kind: describeValue(f.value), field: key }, range: valueRange(f) });
        continue;
      }
      if (key !== 'status') continue;
      const status = f.value.trim();
      const statuses = allStatuses(config.statuses);
      if (statuses.includes(status)) continue;
      const suggestion = closest(status, statuses);
      report({
        ...(suggestion
          ? { messageId: 'statusDidYouMean', data: { status, suggestion } }
          : { messageId: 'status', data: { status, statuses: statuses.map((s) => `\`${s}\``).join(', ') } }),
        range: valueRange(f),
        fixes: suggestion ? asSuggestions(fieldFix(`Change status to \`${suggestion}\``, setFieldEdit(doc, 'status', suggestion))) : [],
      });
    }

    for (const key of LIST_FIELDS) {
      const f = present(key);
      if (!f || Array.isArray(f.value)) continue;
      report({ messageId: 'listType', data: { kind: describeValue(f.value), field: key }, range: valueRange(f) });
    }
  },
});

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'mapping';
  return typeof value;
}

