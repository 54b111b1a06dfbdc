// The heavy third-party libraries: yaml (the reference YAML parser, and the API edits go through)
// and remark (the reference Markdown parser). Most documents never need them — the fast
// front-matter reader and the block scanner read them — so nothing imports this file directly:
// `libraries()` (./load.ts) loads it on first use.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';

/** CommonMark + GFM + YAML front-matter, as the documents are written. */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** CommonMark only: remark-gfm's tree transforms recurse and overflow the stack on absurd nesting. */
export const commonMarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
