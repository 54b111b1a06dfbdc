// Completion of `follows`/`links` paths: where the cursor is (scalar, list item, flow item, quoted),
// which whole value a completion replaces, and the handoffs offered relative to the document.
import assert from 'node:assert/strict';
import { linkSuggestions, linkValueAt, relativeLink, type LinkCandidate } from '../../../src/core/journey/link-completion';
import { readHeader } from '../../../src/core/parse/parse-handoff';

/** The context at the `|` in a front-matter made of these lines (the bar removed). */
function at(...yaml: string[]) {
  const lines = ['---', 'handoff: generic', ...yaml, '---', '# T', ''];
  const line = lines.findIndex((l) => l.includes('|'));
  const character = lines[line]!.indexOf('|');
  lines[line] = lines[line]!.replace('|', '');
  const ctx = linkValueAt(readHeader(lines.join('\n')), { line, character });
  return ctx && { key: ctx.key, typed: ctx.typed, replaces: lines[line]!.slice(ctx.range.start.character, ctx.range.end.character), quote: ctx.quote, flow: ctx.flow };
}

const HANDOFFS: LinkCandidate[] = [
  { file: '/r/j/bakery/lead.md', title: 'Lead', status: 'done', type: 'marketing-to-sales' },
  { file: '/r/j/bakery/deal.md', title: 'Deal', status: 'open', type: 'sales-to-customer-success' },
  { file: '/r/handoffs/a b.md', title: 'Spaces', status: undefined, type: 'generic' },
  { file: '/r/handoffs/x: y.md', title: undefined, status: 'open', type: undefined },
];

describe('follows/links completion', () => {
  it('finds the value being typed: scalar, block list item, flow list item', () => {
    assert.deepEqual(at('follows: ./le|ad.md'), { key: 'follows', typed: './le', replaces: './lead.md', quote: undefined, flow: false });
    assert.deepEqual(at('follows: |'), { key: 'follows', typed: '', replaces: '', quote: undefined, flow: false });
    assert.deepEqual(at('links:', '  - https://x.example', '  # a comment', '  - ../no|tes/a b.md  # why'), { key: 'links', typed: '../no', replaces: '../notes/a b.md', quote: undefined, flow: false });
    assert.deepEqual(at('links: [./a.md, ../b|.md, c.md]'), { key: 'links', typed: '../b', replaces: '../b.md', quote: undefined, flow: true });
    assert.deepEqual(at('links: [./a.md, |]'), { key: 'links', typed: '', replaces: '', quote: undefined, flow: true });
  });

  it('inside quotes: replaces what is between them', () => {
    assert.deepEqual(at('follows: "./a |b.md"'), { key: 'follows', typed: './a ', replaces: './a b.md', quote: '"', flow: false });
    assert.deepEqual(at("links: ['./it''s|.md', x.md]"), { key: 'links', typed: "./it''s", replaces: "./it''s.md", quote: "'", flow: true });
    assert.deepEqual(at('follows: "./unclosed|'), { key: 'follows', typed: './unclosed', replaces: './unclosed', quote: '"', flow: false });
  });

  it('offers nothing outside follows/links values', () => {
    assert.equal(at('title: ./a|'), undefined);
    assert.equal(at('follows:|'), undefined); // right after the colon: the value needs a space first
    assert.equal(at('tags:', '  - |'), undefined); // a list of another key
    assert.equal(at('follows: ./a.md # a comm|ent'), undefined);
    assert.equal(at('links: [a.md] |'), undefined);
    assert.equal(linkValueAt(readHeader('# T\nfollows: ./a.md\n'), { line: 1, character: 12 }), undefined); // not front-matter
  });

  it('offers the other handoffs relative to the document, with title · status · type', () => {
    const ctx = linkValueAt(readHeader('---\nfollows: \n---\n'), { line: 1, character: 9 })!;
    const offered = linkSuggestions(ctx, '/r/j/bakery/deal.md', HANDOFFS);
    assert.deepEqual(
      offered.map((s) => [s.label, s.detail, s.insertText]),
      [
        ['../../handoffs/a b.md', 'Spaces · generic', '../../handoffs/a b.md'],
        ['../../handoffs/x: y.md', 'open', '"../../handoffs/x: y.md"'],
        ['./lead.md', 'Lead · done · marketing-to-sales', './lead.md'],
      ],
    );
  });

  it('keeps the style being typed: no ./ when the path started without it; escapes for the quotes around it', () => {
    const typed = (line: string, character: number) => linkValueAt(readHeader(`---\n${line}\n---\n`), { line: 1, character })!;
    assert.deepEqual(linkSuggestions(typed('follows: le', 11), '/r/j/bakery/deal.md', HANDOFFS.slice(0, 1)).map((s) => s.label), ['lead.md']);
    assert.deepEqual(linkSuggestions(typed('links: [a.md, ]', 14), '/r/handoffs/z.md', HANDOFFS.slice(3)).map((s) => s.insertText), ['"./x: y.md"']);
    assert.deepEqual(linkSuggestions(typed('follows: "./"', 12), '/r/j/bakery/deal.md', [{ file: '/r/j/bakery/say "hi".md', title: undefined, status: undefined, type: undefined }]).map((s) => s.insertText), ['./say \\"hi\\".md']);
  });

  it('relativeLink: ./ for the same folder and below, ../ above', () => {
    assert.equal(relativeLink('/r/a/b.md', '/r/a/c.md', true), './c.md');
    assert.equal(relativeLink('/r/a/b.md', '/r/a/sub/c.md', true), './sub/c.md');
    assert.equal(relativeLink('/r/a/b.md', '/r/c.md', true), '../c.md');
    assert.equal(relativeLink('/r/a/b.md', '/r/a/c.md', false), 'c.md');
  });
});
