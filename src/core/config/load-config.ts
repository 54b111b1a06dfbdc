// Reads `.handoff.yml` into a HandoffConfig. Never throws: every problem comes back with its
// range, and whatever is valid still applies on top of the built-in types.
import type { Node, Pair } from 'yaml';
import { isMap, isScalar, isSeq, libraries } from '../vendor/load';
import { Reader, unknown } from './config-reader';
import { readStatuses } from './read-statuses';
import { LineIndex, type Range } from '../model/text';
import { BUILTIN_TYPES } from '../types/builtin-types';
import { closest } from '../util/closest';
import { isTimeZone, timeZoneNames } from '../util/dates';
import {
  DEFAULT_FOLDER,
  DEFAULT_REQUIRED_FIELDS,
  DEFAULT_STALE_AFTER_DAYS,
  DEFAULT_STATUSES,
  type HandoffConfig,
  type HandoffType,
  type SectionSpec,
  type SeveritySetting,
} from './types';


export const CONFIG_FILE_NAMES = ['.handoff.yml', '.handoff.yaml'] as const;

/** A problem of the config file itself: always an error, reported as rule `config`. */
export interface ConfigProblem {
  readonly message: string;
  readonly range: Range;
}

export interface LoadedConfig {
  readonly config: HandoffConfig;
  readonly problems: readonly ConfigProblem[];
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const TYPE_ID = /^[a-z0-9][a-z0-9_-]*$/;
const TOP_LEVEL_KEYS = ['folder', 'statuses', 'types', 'rules', 'stale_after_days', 'exclude', 'timezone'];
const TYPE_KEYS = ['title', 'description', 'from', 'to', 'required_fields', 'sections', 'version', 'sla_days'];
const SECTION_KEYS = ['name', 'checklist', 'description', 'template'];
/**
 * Real configs are a few KB. The cap keeps a hostile one (100,000 keys, nesting thousands deep)
 * from costing more than a few milliseconds: over it, the file is one problem and the defaults apply.
 */
export const MAX_CONFIG_LENGTH = 128 * 1024;
/** Real configs nest a handful of levels; yaml's composer recurses per level and overflows in the thousands. */
export const MAX_CONFIG_DEPTH = 100;

/** The configuration in force when a workspace has no `.handoff.yml`. */
export function defaultConfig(): HandoffConfig {
  return {
    folder: DEFAULT_FOLDER,
    statuses: DEFAULT_STATUSES,
    types: new Map(BUILTIN_TYPES.map((t) => [t.id, t])),
    rules: {},
    staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
    exclude: [],
  };
}

export function loadConfig(text: string, options: { ruleIds?: readonly string[] } = {}): LoadedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (node: Node | null | undefined, message: string) => {
    const [start, end] = node?.range ?? [0, 0];
    problems.push({ message, range: lines.rangeOf(start, end) });
  };
  const base = defaultConfig();
  if (text.length > MAX_CONFIG_LENGTH) {
    report(undefined, tooLargeMessage(text.length));
    return { config: base, problems };
  }
  if (nestingExceeds(text, MAX_CONFIG_DEPTH)) {
    report(undefined, TOO_DEEP);
    return { config: base, problems };
  }
  let doc;
  try {
    // uniqueKeys is checked by Reader.pairs in linear time: yaml's own check is quadratic.
    doc = libraries().parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    report(undefined, `Unreadable config: ${yamlMessage(String(error))}`);
    return { config: base, problems };
  }
  for (const e of doc.errors) {
    problems.push({ message: yamlMessage(e.message), range: lines.rangeOf(e.pos[0], e.pos[1]) });
  }
  const root = doc.contents;
  // After a stack overflow the parser's tree is cut off at an arbitrary depth: read none of it.
  if (root === null || problems.some((p) => p.message === TOO_DEEP)) return { config: base, problems };
  if (!isMap(root)) {
    report(root, 'Expected the config to be a mapping (`folder:`, `statuses:`, `types:`, `rules:`)');
    return { config: base, problems };
  }

  const reader = new Reader(report);
  let folder = base.folder;
  let statuses = base.statuses;
  let staleAfterDays = base.staleAfterDays;
  let exclude = base.exclude;
  let timeZone: string | undefined;
  const types = new Map(base.types);
  const rules: Record<string, SeveritySetting> = {};

  for (const [key, pair] of reader.pairs(root)) {
    const value = pair.value;
    switch (key) {
      case 'folder':
        folder = reader.string(value, 'folder') ?? folder;
        break;
      case 'statuses':
        statuses = readStatuses(reader, value) ?? statuses;
        break;
      case 'stale_after_days':
        staleAfterDays = reader.days(value, 'stale_after_days') ?? staleAfterDays;
        break;
      case 'exclude':
        exclude = reader.stringList(value, 'exclude') ?? exclude;
        break;
      case 'timezone':
        timeZone = readTimeZone(reader, value as Node, report) ?? timeZone;
        break;
      case 'types':
        if (reader.map(value, 'types')) {
          for (const [id, typePair] of reader.pairs(value)) {
            const type = readType(reader, id, typePair, types);
            if (type) types.set(type.id, type);
          }
        }
        break;
      case 'rules':
        if (reader.map(value, 'rules')) {
          for (const [id, rulePair] of reader.pairs(value)) {
            if (options.ruleIds && !options.ruleIds.includes(id)) {
              report(rulePair.key, unknown(`rule \`${id}\``, id, options.ruleIds));
              continue;
            }
            const severity = reader.string(rulePair.value, `rules.${id}`);
            if (severity === undefined) continue;
            if (!SEVERITIES.includes(severity as SeveritySetting)) {
              report(rulePair.value, `Unexpected severity \`${severity}\` for rule \`${id}\`, expected error, warning, info or off`);
              continue;
            }
            rules[id] = severity as SeveritySetting;
          }
        }
        break;
      default:
        report(pair.key as Node, unknown(`config key \`${key}\``, key, TOP_LEVEL_KEYS));
    }
  }
  return { config: { folder, statuses, types, rules, staleAfterDays, exclude, ...(timeZone && { timeZone }) }, problems };
}

/** `timezone:` — an IANA name `Intl` knows; an unknown one is a problem at the value, with the closest name. */
function readTimeZone(reader: Reader, value: Node | null | undefined, report: (node: Node | null | undefined, message: string) => void): string | undefined {
  const name = reader.string(value, 'timezone')?.trim();
  if (name === undefined) return undefined;
  if (isTimeZone(name)) return name;
  const near = closest(name, timeZoneNames());
  report(value, `Unknown time zone \`${name}\`${near ? `; did you mean \`${near}\`?` : ', expected an IANA name such as `Europe/Berlin` or `UTC`'}`);
  return undefined;
}

export function tooLargeMessage(size: number): string {
  return `The config is ${Math.ceil(size / 1024)} KB, over the ${MAX_CONFIG_LENGTH / 1024} KB limit: the defaults apply`;
}

const TOO_DEEP = 'The config is nested too deeply to read: the defaults apply';

/**
 * True when the YAML may nest deeper than `limit`, found in one linear pass before the recursive
 * parser runs: an upper bound from block indentation levels, compact `- ` entries on a line and
 * open flow brackets (a bracket in a plain scalar counts too; no real config comes near the limit).
 */
function nestingExceeds(text: string, limit: number): boolean {
  const indents: number[] = [];
  let flow = 0;
  for (const line of text.split('\n')) {
    let i = 0;
    while (line[i] === ' ') i++;
    if (i === line.length || line[i] === '#') continue;
    while (indents.length && indents[indents.length - 1]! >= i) indents.pop();
    indents.push(i);
    let compact = 0;
    for (; (line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === '\t'); i += 2) compact++;
    let quote = '';
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') {
        if (indents.length + compact + ++flow > limit) return true;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (indents.length + compact > limit) return true;
  }
  return false;
}

/** yaml's first line, with a stack overflow on absurd nesting said plainly. */
function yamlMessage(message: string): string {
  if (/call stack/i.test(message)) return TOO_DEEP;
  return message.split('\n')[0]!;
}

function readType(reader: Reader, id: string, pair: Pair<Node, Node | null>, known: ReadonlyMap<string, HandoffType>): HandoffType | undefined {
  if (!TYPE_ID.test(id)) {
    reader.report(pair.key, `Unexpected type id \`${id}\`, expected lowercase letters, digits and dashes`);
    return undefined;
  }
  const node = pair.value;
  if (!reader.map(node, `types.${id}`)) return undefined;
  // A configured type with a built-in id overrides it; keys it leaves out keep the built-in's values.
  const inherited = known.get(id);
  for (const [k, p] of reader.pairs(node)) {
    if (!TYPE_KEYS.includes(k)) reader.report(p.key, unknown(`key \`${k}\` in type \`${id}\``, k, TYPE_KEYS));
  }
  const get = (k: string) => node.get(k, true) as Node | null | undefined;
  const sectionsNode = get('sections');
  const sections = sectionsNode === undefined ? inherited?.sections : readSections(reader, sectionsNode, id);
  const type: HandoffType = {
    id,
    title: opt(reader.string(get('title'), `types.${id}.title`)) ?? inherited?.title ?? id,
    description: opt(reader.string(get('description'), `types.${id}.description`)) ?? inherited?.description,
    from: opt(reader.string(get('from'), `types.${id}.from`)) ?? inherited?.from,
    to: opt(reader.string(get('to'), `types.${id}.to`)) ?? inherited?.to,
    requiredFields: reader.stringList(get('required_fields'), `types.${id}.required_fields`) ?? inherited?.requiredFields ?? DEFAULT_REQUIRED_FIELDS,
    sections: sections ?? [],
    version: reader.number(get('version'), `types.${id}.version`) ?? inherited?.version,
    slaDays: reader.days(get('sla_days'), `types.${id}.sla_days`) ?? inherited?.slaDays,
    source: 'config',
  };
  return type;
}

function readSections(reader: Reader, node: Node | null, typeId: string): SectionSpec[] | undefined {
  if (!isSeq(node)) {
    reader.report(node, `Expected \`types.${typeId}.sections\` to be a list of section names or { name, checklist } entries`);
    return undefined;
  }
  const sections: SectionSpec[] = [];
  for (const item of node.items as (Node | null)[]) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) {
      sections.push({ name: item.value.trim(), checklist: false });
    } else if (isMap(item)) {
      for (const [k, p] of reader.pairs(item)) {
        if (!SECTION_KEYS.includes(k)) reader.report(p.key, unknown(`section key \`${k}\``, k, SECTION_KEYS));
      }
      const name = opt(reader.string(item.get('name', true) as Node | null | undefined, 'section name'));
      if (!name) {
        reader.report(item, 'Expected a section `name`');
        continue;
      }
      const checklist = item.get('checklist', true) as Node | null | undefined;
      if (checklist !== undefined && !(isScalar(checklist) && typeof checklist.value === 'boolean')) {
        reader.report(checklist, 'Expected `checklist` to be true or false');
      }
      sections.push({
        name,
        checklist: isScalar(checklist) && checklist.value === true,
        description: opt(reader.string(item.get('description', true) as Node | null | undefined, 'section description')),
        template: opt(reader.string(item.get('template', true) as Node | null | undefined, 'section template')),
      });
    } else {
      reader.report(item, 'Expected a section name or a { name, checklist } entry');
    }
  }
  return sections;
}

function opt(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
