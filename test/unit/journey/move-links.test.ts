// Renaming or moving handoffs: every `follows`/`links` path that pointed at a moved file (or into a
// moved folder) is rewritten, the moved documents' own relative paths too, and nothing but those
// path scalars changes.
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/load-config';
import { isAffectedByMoves, moveLinkEdits, type PathMove } from '../../../src/core/journey/move-links';
import { journeyFacts } from '../../../src/core/lint/workspace-engine';
import { applyEdits } from '../../../src/core/model/text';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';
import { assertOnlyEditedBytesChanged } from '../helpers/rule-tester';

const handoff = (...yaml: string[]) => ['---', 'handoff: generic', 'title: T', ...yaml, '---', '# T', '', 'follows: ./a.md in the body stays', ''].join('\n');

function moved(text: string, file: string, moves: PathMove[]): string {
  const edits = moveLinkEdits(text, file, moves);
  const result = applyEdits(text, edits);
  assertOnlyEditedBytesChanged(text, result, { title: 'move', edits });
  return result;
}

const RENAME_A: PathMove[] = [{ from: '/r/h/a.md', to: '/r/h/a2.md' }];

describe('moveLinkEdits', () => {
  it('rewrites a follows path to a renamed handoff in several referrers, each relative to itself', () => {
    const b = handoff('follows: ./a.md');
    const c = handoff('follows: ../h/a.md');
    const d = handoff('links:', '  - ../../h/a.md', '  - https://example.com/a.md');
    assert.equal(moved(b, '/r/h/b.md', RENAME_A), handoff('follows: ./a2.md'));
    assert.equal(moved(c, '/r/other/c.md', RENAME_A), handoff('follows: ../h/a2.md'));
    assert.equal(moved(d, '/r/x/y/d.md', RENAME_A), handoff('links:', '  - ../../h/a2.md', '  - https://example.com/a.md'));
  });

  it('keeps the path style: without ./, with %20, <…>, a #part', () => {
    assert.equal(moved(handoff('follows: a.md#risks'), '/r/h/b.md', RENAME_A), handoff('follows: a2.md#risks'));
    assert.equal(moved(handoff('follows: <./a.md>'), '/r/h/b.md', RENAME_A), handoff('follows: <./a2.md>'));
    assert.equal(moved(handoff('follows: ./a%20b.md'), '/r/h/b.md', [{ from: '/r/h/a b.md', to: '/r/h/new name.md' }]), handoff('follows: ./new%20name.md'));
  });

  it('keeps CRLF line endings, comments, quoting and flow lists', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const text = crlf(handoff('# the lead', 'follows: "./a.md" # quoted', "links: ['./a.md', ./notes.md, \"a.md\"] # flow", 'status: open'));
    const expected = crlf(handoff('# the lead', 'follows: "./a2.md" # quoted', "links: ['./a2.md', ./notes.md, \"a2.md\"] # flow", 'status: open'));
    assert.equal(moved(text, '/r/h/b.md', RENAME_A), expected);
  });

  it('handles paths with spaces, and quotes a new name only when YAML needs it', () => {
    const spaces: PathMove[] = [{ from: '/r/h/a.md', to: '/r/h/deal won.md' }];
    assert.equal(moved(handoff('follows: ./a.md'), '/r/h/b.md', spaces), handoff('follows: ./deal won.md'));
    const colon: PathMove[] = [{ from: '/r/h/a.md', to: '/r/h/deal: won, #2.md' }];
    assert.equal(moved(handoff('follows: ./a.md', 'links: [./a.md]'), '/r/h/b.md', colon), handoff('follows: "./deal: won, #2.md"', 'links: ["./deal: won, #2.md"]'));
    const quote: PathMove[] = [{ from: '/r/h/a.md', to: "/r/h/it's.md" }];
    assert.equal(moved(handoff("follows: './a.md'"), '/r/h/b.md', quote), handoff("follows: './it''s.md'"));
  });

  it('follows a folder move: links into it, and the moved documents’ own links out of it', () => {
    const folder: PathMove[] = [{ from: '/r/journeys/bakery', to: '/r/archive/2026/bakery' }];
    const outside = handoff('follows: ../journeys/bakery/lead.md');
    assert.equal(moved(outside, '/r/handoffs/support.md', folder), handoff('follows: ../archive/2026/bakery/lead.md'));
    // Inside the moved folder: a link to a sibling that moved along stays; one to outside changes.
    const inside = handoff('follows: ./lead.md', 'links: [../../handoffs/support.md]');
    assert.equal(moved(inside, '/r/journeys/bakery/deal.md', folder), handoff('follows: ./lead.md', 'links: [../../../handoffs/support.md]'));
  });

  it('rewrites a moved document’s own relative links so they point at the same targets', () => {
    const move: PathMove[] = [{ from: '/r/h/b.md', to: '/r/h/sub/b.md' }];
    assert.equal(moved(handoff('follows: ./a.md', 'links:', '  - ../notes/n.md', '  - /abs/x.md'), '/r/h/b.md', move), handoff('follows: ../a.md', 'links:', '  - ../../notes/n.md', '  - /abs/x.md'));
    // Up a folder: `../a.md` becomes `./a.md`, as one writes a sibling from the document's folder.
    assert.equal(moved(handoff('follows: ../a.md'), '/r/h/sub/b.md', [{ from: '/r/h/sub/b.md', to: '/r/h/b.md' }]), handoff('follows: ./a.md'));
  });

  it('a referrer moved in the same operation as its target: relative to both new places', () => {
    const moves: PathMove[] = [
      { from: '/r/h/a.md', to: '/r/done/a.md' },
      { from: '/r/h/b.md', to: '/r/h/2026/b.md' },
    ];
    assert.equal(moved(handoff('follows: ./a.md'), '/r/h/b.md', moves), handoff('follows: ../../done/a.md'));
  });

  it('changes nothing when nothing it links to moves, or when the front-matter cannot be edited safely', () => {
    assert.deepEqual(moveLinkEdits(handoff('follows: ./other.md', 'links: https://example.com'), '/r/h/b.md', RENAME_A), []);
    assert.deepEqual(moveLinkEdits('# no front-matter\nfollows: ./a.md\n', '/r/h/b.md', RENAME_A), []);
    assert.deepEqual(moveLinkEdits(handoff('follows: ./a.md', 'status: [open'), '/r/h/b.md', RENAME_A), []);
    // A block scalar is left alone rather than guessed at.
    assert.deepEqual(moveLinkEdits(handoff('follows: |', '  ./a.md'), '/r/h/b.md', RENAME_A), []);
  });

  it('isAffectedByMoves: the moved handoff and those linking into what moved', () => {
    const facts = (file: string, ...yaml: string[]) => journeyFacts(parseHandoff(handoff(...yaml)), file, { config: defaultConfig() })!;
    assert.equal(isAffectedByMoves(facts('/r/h/b.md', 'follows: ./a.md'), RENAME_A), true);
    assert.equal(isAffectedByMoves(facts('/r/h/a.md'), RENAME_A), true);
    assert.equal(isAffectedByMoves(facts('/r/h/c.md', 'links: [./notes.md]'), RENAME_A), false);
    assert.equal(isAffectedByMoves(facts('/r/x/c.md', 'links: [../h/deep/n.md]'), [{ from: '/r/h', to: '/r/k' }]), true);
  });
});
