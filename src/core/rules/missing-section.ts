// missing-section: a section the handoff type requires is absent. The receiving team reads a
// handoff by its sections; a missing "Risks" or "Checklist" is exactly what gets lost. The fix
// inserts the section where the type puts it, with the type's template body, unless the section is
// there under a near-miss heading (another level, decorated, misspelled): then the fix rewrites it.
import { findNearMisses, type NearMiss } from '../edit/near-miss-heading';
import { findMissingSections, insertSectionsEdits, type Missing } from '../edit/section-edit';
import { asSuggestions, defineRule, type Fix } from '../lint/rule';
import type { HandoffDocument } from '../model/handoff';
import type { Range } from '../model/text';

export default defineRule({
  meta: {
    id: 'missing-section',
    docs: { description: 'A section required by the handoff type is absent' },
    messages: {
      missing: 'Missing section `{{section}}`, required by type `{{type}}`',
      nearMiss: 'Missing section `{{section}}`, required by type `{{type}}`; found `{{heading}}` at line {{line}} ({{how}})',
    },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
    requiresBody: true,
    completeness: true,
  },
  check(doc, { type, report }) {
    const missing = findMissingSections(doc, type);
    if (missing.length === 0) return;
    const nearMisses = findNearMisses(doc, type, missing.map((m) => m.spec.name));
    const plain = missing.filter((m) => !nearMisses.has(m.spec.name));
    const all: Fix | undefined =
      plain.length > 1 ? { title: 'Add all missing sections', edits: insertSectionsEdits(doc, plain) } : undefined;
    for (const m of missing) {
      const add: Fix = { title: `Add section \`${m.spec.name}\``, edits: insertSectionsEdits(doc, [m]) };
      const near = nearMisses.get(m.spec.name);
      if (near) {
        report({ messageId: 'nearMiss', data: nearMissData(m.spec.name, type.id, near), range: near.heading.range, fixes: nearMissFixes(near, add) });
        continue;
      }
      report({
        messageId: 'missing',
        data: { section: m.spec.name, type: type.id },
        range: anchorRange(doc, m),
        fixes: all ? [add, all] : [add],
      });
    }
  },
});

function nearMissData(section: string, type: string, near: NearMiss) {
  const heading = `${'#'.repeat(near.heading.depth)} ${near.heading.text}`;
  return { section, type, heading, line: near.heading.range.start.line + 1, how: near.how };
}

/**
 * Rewriting a heading at another level or with decoration is certain, so `--fix` applies it; a
 * misspelling is a guess (maybe `## Risk appetite` is not `Risks`), so renaming it and adding the
 * section are both suggestions and `--fix` leaves the choice to a person.
 */
function nearMissFixes(near: NearMiss, add: Fix): Fix[] {
  const rewrite: Fix = { title: `Change \`${'#'.repeat(near.heading.depth)} ${near.heading.text}\` to \`${near.becomes}\``, edits: [near.edit] };
  return near.certain ? [rewrite] : asSuggestions([rewrite, add]);
}

/** Where the issue shows: the heading the section should follow, else the title, else the front-matter's closing fence. */
function anchorRange(doc: HandoffDocument, m: Missing): Range {
  if (m.after) return m.after.headingRange;
  const title = doc.headings.find((h) => h.depth === 1);
  if (title) return title.range;
  const block = doc.frontMatter?.block;
  if (!block) return doc.lines.rangeOf(0, 0);
  const line = doc.lines.positionAt(block.contentEnd).line;
  return doc.lines.rangeOf(doc.lines.lineStart(line), doc.lines.lineEnd(line));
}

