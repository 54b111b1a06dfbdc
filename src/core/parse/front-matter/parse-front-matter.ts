// Finds the YAML front-matter block and reads its top-level fields with source ranges.
// Never throws: YAML problems come back as data with exact offsets. Simple front-matter (plain
// `key: value` lines, the common case) is read without the YAML parser (simple-yaml.ts); its
// parsed Document is then only built when an edit asks for it. Everything else goes to `yaml`
// (yaml-front-matter.ts), within the limits of ../limits.ts.
import type { Document } from 'yaml';
import type { FrontMatter, FrontMatterBlock, YamlProblem } from '../../model/front-matter';
import type { LimitExceeded } from '../../model/limit-exceeded';
import { libraries } from '../../vendor/load';
import { MAX_ALIASES, MAX_FRONT_MATTER_LENGTH, MAX_NESTING, yamlAliases, yamlNesting } from '../limits';
import { findFrontMatter } from './find-front-matter';
import { readSimpleYaml } from './simple-yaml';
import { parseYaml, parseYamlFrontMatter, UNCLOSED } from './yaml-front-matter';

/** Parses the front-matter block; returns undefined when the text has none. */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const simple = block.unclosed ? undefined : readSimpleYaml(yamlText, block.contentStart);
  if (!simple) {
    // The fast reader is linear; `yaml` is not, so only what goes to it has a size limit.
    const message = yamlText.length > MAX_FRONT_MATTER_LENGTH
      ? `Unexpected front-matter over ${MAX_FRONT_MATTER_LENGTH / 1024} KB`
      : yamlNesting(yamlText) > MAX_NESTING
        ? `Unexpected front-matter nested deeper than ${MAX_NESTING} levels`
        : yamlAliases(yamlText) > MAX_ALIASES
          ? `Unexpected front-matter with more than ${MAX_ALIASES} aliases`
          : undefined;
    if (message) return unreadFrontMatter(block, yamlText, { part: 'front-matter', message, start: 0, end: 3 });
    return parseYamlFrontMatter(text, block);
  }
  let document: Document.Parsed | undefined;
  return {
    block,
    yaml: yamlText,
    get document() {
      return (document ??= parseYaml(yamlText));
    },
    isMapping: true,
    fields: simple.fields,
    errors: simple.errors,
  };
}

/** A front-matter past a limit: not given to `yaml`, so with no fields and not a mapping. */
function unreadFrontMatter(block: FrontMatterBlock, yamlText: string, limitExceeded: LimitExceeded): FrontMatter {
  const errors: YamlProblem[] = block.unclosed ? [UNCLOSED] : [];
  let document: Document.Parsed | undefined;
  return {
    block,
    yaml: yamlText,
    get document() {
      return (document ??= libraries().parseDocument(''));
    },
    isMapping: false,
    fields: new Map(),
    errors,
    limitExceeded,
  };
}
