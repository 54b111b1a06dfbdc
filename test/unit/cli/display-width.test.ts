// displayWidth's shortcut for narrow text (no segmenting) must agree with the grapheme-by-grapheme
// width on every character it covers, alone and between others.
import assert from 'node:assert/strict';
import { displayWidth } from '../../../src/cli/display-width';

/** The width by graphemes: the text with a zero-width joiner-free wide character appended, less 2. */
const slowWidth = (text: string) => displayWidth(`${text}中`) - 2;

describe('displayWidth', () => {
  it('counts each narrow character as one column, as the grapheme path does', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCodePoint(cp);
        assert.equal(displayWidth(`a${c}b`), 3, `U+${cp.toString(16)}`);
        assert.equal(slowWidth(`a${c}b`), 3, `U+${cp.toString(16)} by graphemes`);
      }
    }
  });

  it('still measures wide, zero-width and emoji text by graphemes', () => {
    assert.equal(displayWidth('Harbor — 東京'), 13);
    assert.equal(displayWidth('e\u0301 → x'), 5);
    assert.equal(displayWidth('👩‍💻 ok'), 5);
    assert.equal(displayWidth('a\u00adb'), 2);
  });
});
