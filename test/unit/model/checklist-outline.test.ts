// Property test: what `handoff list` reads of a handoff's body (readChecklistOutline: the block
// scanner's outline, no document model) is exactly what the full parse gives: the title, each `##`
// section's key with its task items' check boxes, every task item; so the summaries, checklist
// counts included, are equal. On realistic handoffs of every type and on hostile Markdown behind a
// handoff front-matter (where the scanner may hand the body to remark or stop at a limit).
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/load-config';
import { summarizeHandoff, summarizeWithOutline } from '../../../src/core/index/summary';
import { parseHandoff, readChecklistOutline, readHeader, type ChecklistOutline } from '../../../src/core/parse/parse-handoff';
import { handoffDoc, pickKind, pickType } from '../../generators/content';
import { createRng } from '../../generators/prng';
import { MarkdownGenerator } from '../helpers/markdown-generator';

const TODAY = '2026-11-30';
const config = defaultConfig();

/** The parts of a fully parsed document the checklist outline holds. */
function fromFullParse(text: string): ChecklistOutline {
  const doc = parseHandoff(text);
  return {
    type: doc.type,
    title: doc.title,
    sections: doc.sections.map((s) => ({ key: s.key, taskItems: s.taskItems.map((t) => ({ checked: t.checked })) })),
    taskItems: doc.taskItems.map((t) => ({ checked: t.checked })),
  };
}

function fromOutline(text: string): ChecklistOutline {
  const outline = readChecklistOutline(readHeader(text));
  return {
    ...outline,
    sections: outline.sections.map((s) => ({ key: s.key, taskItems: s.taskItems.map((t) => ({ checked: t.checked })) })),
    taskItems: outline.taskItems.map((t) => ({ checked: t.checked })),
  };
}

function assertSame(text: string, seed: number): void {
  const message = `seed ${seed}: ${JSON.stringify(text.slice(0, 400))}`;
  assert.deepStrictEqual(fromOutline(text), fromFullParse(text), message);
  const header = readHeader(text);
  assert.deepStrictEqual(summarizeWithOutline(header, readChecklistOutline(header), config, TODAY), summarizeHandoff(parseHandoff(text), config, TODAY), message);
}

describe('checklist outline property: list reads what the full parse reads', function () {
  this.timeout(120_000);

  it('agrees with the full parse on 300 generated handoffs of every type', () => {
    let counted = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rng = createRng(seed);
      const text = handoffDoc(rng, pickType(rng), pickKind(rng));
      assertSame(text, seed);
      if (fromOutline(text).taskItems.length > 0) counted++;
    }
    assert.ok(counted > 150, `only ${counted} handoffs had task items: the test proves little`);
  });

  it('agrees with the full parse on 500 hostile bodies behind a handoff front-matter', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const body = new MarkdownGenerator(seed).document().replace(/^---[\s\S]*?\n---\n/, '');
      const type = seed % 3 === 0 ? 'no-such-type' : 'generic';
      assertSame(`---\nhandoff: ${type}\n${seed % 2 ? '' : 'title: T\n'}---\n## Checklist\n- [x] a\n${body}`, seed);
    }
  });
});
