// How many terminal columns text takes, for aligned tables: an emoji or a CJK character takes two,
// a combining mark or a joiner none. Per grapheme (Intl.Segmenter), so `👩‍💻` or `🇩🇪` is one
// two-column glyph. Small and pure instead of a dependency: tables only need East Asian Wide and
// Fullwidth and emoji presentation right, not every terminal's quirks.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}{2}/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200B\uFE00-\uFE0F]*$/u;
/**
 * Characters that are each a grapheme of one column: printable ASCII, Latin-1 and Latin Extended
 * (no soft hyphen), general punctuation (dashes, quotes, `…`) and arrows (`→`). Text made of them
 * only, nearly every cell of a table, needs no segmenting (test/unit/cli/display-width.test.ts).
 */
const NARROW = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff]*$/;

/** East Asian Wide (W) and Fullwidth (F) blocks: Hangul Jamo, CJK, kana, Hangul, forms, fullwidth. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  if (EMOJI.test(g) || isWide(g.codePointAt(0)!)) return 2;
  return 1;
}

/** Columns `text` takes in a terminal (control characters are escaped before this is asked). */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** `text` cut to at most `max` columns, ending in `…` when cut; never splits a grapheme. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = graphemeWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return `${out}…`;
}

/** `text` followed by spaces up to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
