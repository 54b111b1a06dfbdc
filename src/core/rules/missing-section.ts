// missing-section: a section the handoff type requires is absent. The receiving team reads a
// handoff by its sections; a missing "Risks" or "Checklist" is exactly what gets lost. The fix
// inserts the section where the type puts it, with the type's template body.
import { findMissingSections, insertSectionsEdits, type Missing } from '../edit/section-edit';
import { defineRule, type Fix } from '../lint/rule';
import type { HandoffDocument } from '../model/handoff';
import type { Range } from '../model/text';

export default defineRule({
  meta: {
    id: 'missing-section',
    docs: { description: 'A section required by the handoff type is absent' },
    messages: { missing: 'Missing section `{{section}}`, required by type `{{type}}`' },
    defaultSeverity: 'error',
    fixable: true,
    requiresType: true,
    requiresBody: true,
  },
  check(doc, { type, report }) {
    const missing = findMissingSections(doc, type);
    if (missing.length === 0) return;
    const all: Fix | undefined =
      missing.length > 1 ? { title: 'Add all missing sections', edits: insertSectionsEdits(doc, missing) } : undefined;
    for (const m of missing) {
      const fixes: Fix[] = [{ title: `Add section \`${m.spec.name}\``, edits: insertSectionsEdits(doc, [m]) }];
      if (all) fixes.push(all);
      report({
        messageId: 'missing',
        data: { section: m.spec.name, type: type.id },
        range: anchorRange(doc, m),
        fixes,
      });
    }
  },
});

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

