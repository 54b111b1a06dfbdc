// The position within the current line, in characters and in columns (tabs stop every 4
// columns, and a tab may be partly consumed by a container prefix), as commonmark.js keeps it.

export class LineCursor {
  lineEnd = 0;
  offset = 0;
  column = 0;
  nextNonspace = 0;
  nextNonspaceColumn = 0;
  /** Columns from `offset` to the next non-space character. */
  indent = 0;
  /** indent >= 4: indented code, or too deep for any other block start. */
  indented = false;
  blank = false;
  partiallyConsumedTab = false;

  constructor(readonly text: string) {}

  findNextNonspace(): void {
    const text = this.text;
    let i = this.offset;
    let cols = this.column;
    while (i < this.lineEnd) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        cols++;
      } else if (c === 9) {
        i++;
        cols += 4 - (cols % 4);
      } else break;
    }
    this.blank = i === this.lineEnd;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.indented = this.indent >= 4;
  }

  advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partiallyConsumedTab = false;
  }

  /** Moves `count` characters, or `count` columns when `columns` (a tab may be partly consumed). */
  advanceOffset(count: number, columns: boolean): void {
    const text = this.text;
    while (count > 0 && this.offset < this.lineEnd) {
      if (text.charCodeAt(this.offset) === 9) {
        const charsToTab = 4 - (this.column % 4);
        if (columns) {
          this.partiallyConsumedTab = charsToTab > count;
          const advance = charsToTab > count ? count : charsToTab;
          this.column += advance;
          this.offset += this.partiallyConsumedTab ? 0 : 1;
          count -= advance;
        } else {
          this.partiallyConsumedTab = false;
          this.column += charsToTab;
          this.offset++;
          count--;
        }
      } else {
        this.partiallyConsumedTab = false;
        this.offset++;
        this.column++;
        count--;
      }
    }
  }
}
