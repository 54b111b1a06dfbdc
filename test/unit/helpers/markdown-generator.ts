// Seeded generator of hostile Markdown for the outline property test: every construct the block
// scanner must agree with remark on (ATX and setext headings, fences with ``` and ~~~, indented
// code, lists with nested task items, block quotes, HTML blocks of every kind, GFM tables,
// front-matter), nested in each other, with tabs, CRLF and lone CR, lazy continuation lines and
// random line-level mutations on top.
import { createRng, type Rng } from '../../generators/prng';

const WORDS = ['alpha', 'beta', 'gamma', 'Risks', 'Next steps', 'done', 'x', 'foo', 'bar', 'a b', 'Q&A', '1.', '2)', 'TODO:', 'é', '—'];
const INLINE = [
  '*em*', '**strong**', '_u_', '__uu__', '`code`', '``co`de``', '[link](http://x.y)', '[text]', '![img](i.png)', '<http://auto.link>',
  '&amp;', '&#35;', '&copy;', '& alone', '\\*', '\\#', '~~del~~', '~one~', '<b>bold</b>', '<!-- c -->', 'www.example.com', 'a|b',
  '#', ' #', '*', '_', '`', '<', '[', ']', 'x  ', '\\', '***', '[ ]', '[x]',
];

export class MarkdownGenerator {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = createRng(seed);
  }

  /** One document; `realistic` lowers the odds of exotic constructs. */
  document(): string {
    const r = this.rng;
    const lines: string[] = [];
    if (r.chance(0.3)) lines.push(...this.frontMatter());
    const blocks = r.int(1, 12);
    for (let i = 0; i < blocks; i++) {
      lines.push(...this.block(0));
      if (r.chance(0.7)) lines.push('');
      if (r.chance(0.1)) lines.push('', '');
    }
    this.mutate(lines);
    const eol = r.next();
    let text = lines.join(eol < 0.75 ? '\n' : eol < 0.93 ? '\r\n' : eol < 0.97 ? '\r' : '\n');
    if (r.chance(0.05)) text = text.replace(/\n/g, () => (r.chance(0.5) ? '\r\n' : '\n'));
    if (r.chance(0.6)) text += '\n';
    return text;
  }

  private frontMatter(): string[] {
    const r = this.rng;
    const fence = r.pick(['---', '---', '--- ', '----', '---\t']);
    const body = ['handoff: x', 'title: Foo', ...(r.chance(0.2) ? ['# not a heading', '- [ ] not a task'] : [])];
    if (r.chance(0.05)) return [fence, ...body];
    return [fence, ...body, r.pick(['---', '---', '---  ', '...', '- - -'])];
  }

  inline(min = 1, max = 5): string {
    const r = this.rng;
    const parts: string[] = [];
    const n = r.int(min, max);
    for (let i = 0; i < n; i++) parts.push(r.chance(0.25) ? r.pick(INLINE) : r.pick(WORDS));
    return parts.join(r.chance(0.9) ? ' ' : r.pick(['', '  ', '\t']));
  }

  private indent(max = 3): string {
    const r = this.rng;
    if (r.chance(0.8)) return '';
    if (r.chance(0.15)) return '\t';
    return ' '.repeat(r.int(1, max));
  }

  block(depth: number): string[] {
    const r = this.rng;
    const kind = r.next();
    if (kind < 0.14) return [this.atx()];
    if (kind < 0.22) return this.setext();
    if (kind < 0.36) return this.paragraph();
    if (kind < 0.44) return this.fence();
    if (kind < 0.48) return this.indentedCode();
    if (kind < 0.52) return [this.indent() + r.pick(['***', '- - -', '___', '---', '* * *', '_ _', '----------', '-- -'])];
    if (kind < 0.62) return this.html();
    if (kind < 0.68) return this.table();
    if (depth >= 3) return this.paragraph();
    if (kind < 0.88) return this.list(depth);
    return this.blockquote(depth);
  }

  private atx(): string {
    const r = this.rng;
    const hashes = '#'.repeat(r.chance(0.05) ? 7 : r.int(1, 6));
    const sep = r.pick([' ', ' ', '  ', '\t', '']);
    const closing = r.chance(0.25) ? r.pick([' #', ' ##', ' ###   ', '#', ' \\#', ' # x']) : '';
    return `${this.indent(r.chance(0.1) ? 5 : 3)}${hashes}${sep}${r.chance(0.05) ? '' : this.inline()}${closing}${r.chance(0.2) ? '  ' : ''}`;
  }

  private setext(): string[] {
    const r = this.rng;
    const lines = Array.from({ length: r.int(1, 3) }, () => this.indent() + this.inline());
    const under = r.pick(['===', '---', '=', '-', '= =', '--- ', '  ===', '    ---', '==  ', '-=-', '***']);
    return [...lines, under];
  }

  paragraph(): string[] {
    const r = this.rng;
    const lines = [this.indent() + this.inline(1, 8)];
    for (let i = r.int(0, 3); i > 0; i--) lines.push((r.chance(0.3) ? '    ' : this.indent()) + this.inline(1, 8));
    return lines;
  }

  private fence(): string[] {
    const r = this.rng;
    const ch = r.pick(['`', '~']);
    const len = r.int(3, 5);
    const ind = this.indent();
    const open = `${ind}${ch.repeat(len)}${r.pick(['', 'ts', ' js x', ch === '`' ? 'a`b' : 'a~b'])}`;
    const body = Array.from({ length: r.int(0, 4) }, () => r.pick(['# not a heading', '- [ ] not a task', '<!-- handoff-disable overdue -->', '', '  code', '```', '~~~']));
    const close = r.chance(0.8) ? `${r.pick(['', ' ', '    '])}${ch.repeat(r.pick([len, len + 1, len - 1]))}${r.pick(['', ' ', ' x'])}` : undefined;
    return close === undefined ? [open, ...body] : [open, ...body, close];
  }

  private indentedCode(): string[] {
    const r = this.rng;
    return Array.from({ length: r.int(1, 3) }, () => `${r.pick(['    ', '\t', '  \t', '     '])}${r.pick(['# code', '- [ ] code', this.inline()])}`);
  }

  private html(): string[] {
    const r = this.rng;
    const pick = r.next();
    if (pick < 0.25) return [`${this.indent()}<!-- ${r.pick(['handoff-disable overdue', 'handoff-disable missing-field, empty-section', 'note', 'Who is the customer?'])} -->${r.pick(['', ' trailing', '  '])}`];
    if (pick < 0.35) return ['<!--', this.inline(), r.pick(['-->', '--> after', 'still open'])];
    if (pick < 0.45) return [r.pick(['<div>', '<div class="x">', '</div>', '<DIV>', '<section/>', '<table>']), this.inline(), ...(r.chance(0.5) ? ['</div>'] : [])];
    if (pick < 0.6) return [r.pick(['<span>', '<a href="x">', '</b>', '<custom-tag attr=val/>', '<x y=a/b>', '<i>text</i>', '<a\thref=\'q\'>', '<img src="a" alt=b >', '<a b="c"d>', '<foo-bar>  '])];
    if (pick < 0.7) return [r.pick(['<pre>', '<script type="x">', '<style>', '<textarea>']), '# not heading', r.pick(['</pre>', '</script>', 'x </style> y', '</textarea>', ''])];
    if (pick < 0.8) return [r.pick(['<?php echo 1; ?>', '<?', '<?>', '<!DOCTYPE html>', '<!X', '<![CDATA[ x ]]>', '<![CDATA[', '<!-->', '<!--->', '<!---->'])];
    return r.chance(0.3) ? [`${this.inline(1, 2)} <!-- handoff-disable stale -->`] : [`<!--\nhandoff-disable overdue -->`];
  }

  private table(): string[] {
    const r = this.rng;
    const cols = r.int(1, 4);
    const cell = () => (r.chance(0.1) ? '' : this.inline(1, 2).replace(/\|/g, '\\|'));
    const row = (n: number) => {
      const cells = Array.from({ length: n }, cell).join(' | ');
      return r.chance(0.6) ? `| ${cells} |` : cells;
    };
    const delimCells = r.chance(0.85) ? cols : r.int(1, 5);
    const delims = Array.from({ length: delimCells }, () => r.pick(['---', ':--', '--:', ':-:', '-', ' --- ']));
    const delim = r.chance(0.6) ? `|${delims.join('|')}|` : delims.join(' | ');
    const lines = [row(cols), r.chance(0.1) ? `    ${delim}` : delim];
    for (let i = r.int(0, 3); i > 0; i--) lines.push(r.chance(0.8) ? row(r.int(1, cols + 1)) : this.inline());
    if (r.chance(0.2)) lines.unshift(this.inline());
    return lines;
  }

  private list(depth: number): string[] {
    const r = this.rng;
    const ordered = r.chance(0.3);
    const bullet = r.pick(['-', '*', '+']);
    const out: string[] = [];
    for (let i = r.int(1, 4), n = r.pick([1, 1, 2, 10]); i > 0; i--, n++) {
      const marker = ordered ? `${n}${r.pick(['.', ')'])}` : r.chance(0.9) ? bullet : r.pick(['-', '*', '+']);
      const gap = r.pick([' ', ' ', ' ', '  ', '\t', '     ', '']);
      const box = r.chance(0.6) ? r.pick(['[ ] ', '[x] ', '[X] ', '[ ]\t', '[] ', '[ x] ', '[x]', '[\t] ', '[ ]  ', '[ ]']) : '';
      const first = r.chance(0.05) ? '' : box + this.inline();
      const pad = ' '.repeat(ordered ? String(n).length + 2 : 2);
      const lead = this.indent(2);
      out.push(`${lead}${marker}${gap}${first}`);
      for (let k = r.int(0, 3); k > 0; k--) {
        const c = r.next();
        if (c < 0.3) out.push(`${lead}${pad}${this.inline()}`);
        else if (c < 0.4) out.push(this.inline()); // lazy continuation
        else if (c < 0.5) out.push('');
        else out.push(...this.block(depth + 1).map((l) => (l && r.chance(0.92) ? `${lead}${r.chance(0.1) ? '\t' : pad}${l}` : l)));
      }
    }
    return out;
  }

  private blockquote(depth: number): string[] {
    const r = this.rng;
    const inner: string[] = [];
    for (let i = r.int(1, 3); i > 0; i--) inner.push(...this.block(depth + 1));
    return inner.map((l) => (r.chance(0.1) && l ? l : `${r.pick(['>', '> ', '>  ', ' >', '>\t'])}${l}`));
  }

  /** Line-level mutations: drop, duplicate, indent, dedent or blank a few lines. */
  private mutate(lines: string[]): void {
    const r = this.rng;
    for (let m = r.int(0, 3); m > 0 && lines.length > 0; m--) {
      const i = r.int(0, lines.length - 1);
      const op = r.next();
      if (op < 0.25) lines.splice(i, 1);
      else if (op < 0.45) lines.splice(i, 0, lines[i]!);
      else if (op < 0.65) lines[i] = `  ${lines[i]}`;
      else if (op < 0.85) lines[i] = lines[i]!.replace(/^[ \t>]+/, '');
      else lines.splice(i, 0, '');
    }
  }
}
