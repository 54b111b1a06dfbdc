// `handoff lint --fix`: applies every fix the engine offers, pass after pass (a fix can make
// another possible, or two fixes can touch the same place), until nothing is left to fix. Only the
// fixes' own edits change the text: line breaks, a byte-order mark and comments stay as they were.
import { BOM, LineIndex, applyEdits, lintDocument, parseHandoff, type HandoffDocument, type LintIssue, type LintOptions, type TextEdit } from '../core/index';

/** ESLint's limit too: fixes that keep undoing each other must not loop forever. */
const MAX_PASSES = 10;

export interface FixOutcome {
  /** The whole new text, byte-order mark included when the file had one. */
  readonly text: string;
  readonly changed: boolean;
  /** The document and issues after the last pass: what is left. */
  readonly doc: HandoffDocument;
  readonly issues: readonly LintIssue[];
}

export function fixText(doc: HandoffDocument, issues: readonly LintIssue[], options: LintOptions): FixOutcome {
  // Edits refer to the text without its byte-order mark; it is put back on the way out.
  const bom = doc.hasBom ? BOM : '';
  let changed = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = compatibleEdits(doc, issues);
    if (!edits.length) break;
    const text = applyEdits(doc.text, edits);
    if (text === doc.text) break;
    changed = true;
    doc = parseHandoff(text);
    issues = lintDocument(doc, options);
  }
  return { text: bom + doc.text, changed, doc, issues };
}

/** The first fix (not suggestion) of each issue, skipping any whose edits touch a place an earlier one already edits. */
function compatibleEdits(doc: HandoffDocument, issues: readonly LintIssue[]): TextEdit[] {
  const lines = new LineIndex(doc.text);
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const issue of issues) {
    const fix = issue.fixes.find((f) => !f.suggestion);
    if (!fix) continue;
    const spans = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }));
    const clash = spans.some((a) => taken.some((b) => a.start === b.start || (a.start < b.end && b.start < a.end)));
    if (clash) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  return edits;
}
