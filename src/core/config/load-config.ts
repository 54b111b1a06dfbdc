// Reads `.handoff.yml` into a HandoffConfig. Never throws: every problem comes back with its
// range, and whatever is valid still applies on top of the built-in types.
import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, libraries } from '../vendor/load';
import { LineIndex, type Range } from '../model/text';
import { BUILTIN_TYPES } from '../types/builtin-types';
import {
  DEFAULT_FOLDER,
  DEFAULT_STALE_AFTER_DAYS,
  DEFAULT_STATUSES,
  type HandoffConfig,
  type HandoffType,
  type SectionSpec,
  type SeveritySetting,
  type StatusConfig,
} from './types';


export const CONFIG_FILE_NAMES = ['.handoff.yml', '.handoff.yaml'] as const;

export interface ConfigProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly range: Range;
}

export interface LoadedConfig {
  readonly config: HandoffConfig;
  readonly problems: readonly ConfigProblem[];
}

export const DEFAULT_REQUIRED_FIELDS = ['title', 'status', 'from', 'to', 'owner', 'assignee', 'due'] as const;
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const TYPE_ID = /^[a-z0-9][a-z0-9_-]*$/;
const TOP_LEVEL_KEYS = ['folder', 'statuses', 'types', 'rules', 'stale_after_days'];
const TYPE_KEYS = ['title', 'description', 'from', 'to', 'required_fields', 'sections', 'version', 'sla_days'];
const SECTION_KEYS = ['name', 'checklist', 'description', 'template'];

/** The configuration in force when a workspace has no `.handoff.yml`. */
export function defaultConfig(): HandoffConfig {
  return {
    folder: DEFAULT_FOLDER,
    statuses: DEFAULT_STATUSES,
    types: new Map(BUILTIN_TYPES.map((t) => [t.id, t])),
    rules: {},
    staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
  };
}

export function loadConfig(text: string, options: { ruleIds?: readonly string[] } = {}): LoadedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (node: Node | null | undefined, message: string, severity: 'error' | 'warning' = 'error') => {
    const [start, end] = node?.range ?? [0, 0];
    problems.push({ message, severity, range: lines.rangeOf(start, end) });
  };
  const base = defaultConfig();
  let doc;
  try {
    doc = libraries().parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    problems.push({ message: `Unreadable config: ${String(error)}`, severity: 'error', range: lines.rangeOf(0, 0) });
    return { config: base, problems };
  }
  for (const e of doc.errors) {
    problems.push({ message: e.message.split('\n')[0]!, severity: 'error', range: lines.rangeOf(e.pos[0], e.pos[1]) });
  }
  const root = doc.contents;
  if (root === null) return { config: base, problems };
  if (!isMap(root)) {
    report(root, 'Expected the config to be a mapping (`folder:`, `statuses:`, `types:`, `rules:`)');
    return { config: base, problems };
  }

  const reader = new Reader(report);
  let folder = base.folder;
  let statuses = base.statuses;
  let staleAfterDays = base.staleAfterDays;
  const types = new Map(base.types);
  const rules: Record<string, SeveritySetting> = {};

  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = reader.key(pair);
    const value = pair.value;
    switch (key) {
      case 'folder':
        folder = reader.string(value, 'folder') ?? folder;
        break;
      case 'statuses':
        statuses = readStatuses(reader, value) ?? statuses;
        break;
      case 'stale_after_days':
        staleAfterDays = reader.number(value, 'stale_after_days') ?? staleAfterDays;
        break;
      case 'types':
        if (reader.map(value, 'types')) {
          for (const typePair of value.items as Pair<Node, Node | null>[]) {
            const type = readType(reader, typePair, types);
            if (type) types.set(type.id, type);
          }
        }
        break;
      case 'rules':
        if (reader.map(value, 'rules')) {
          for (const rulePair of value.items as Pair<Node, Node | null>[]) {
            const id = reader.key(rulePair);
            if (id === undefined) continue;
            if (options.ruleIds && !options.ruleIds.includes(id)) {
              report(rulePair.key, `Unknown rule \`${id}\`, expected one of ${options.ruleIds.map((r) => `\`${r}\``).join(', ')}`, 'warning');
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
      case undefined:
        break;
      default:
        report(pair.key as Node, `Unknown config key \`${key}\`, expected one of ${TOP_LEVEL_KEYS.join(', ')}`, 'warning');
    }
  }
  return { config: { folder, statuses, types, rules, staleAfterDays }, problems };
}

function readStatuses(reader: Reader, node: Node | null): StatusConfig | undefined {
  if (!reader.map(node, 'statuses')) return undefined;
  const open = reader.stringList(node.get('open', true) as Node | null, 'statuses.open');
  const closed = reader.stringList(node.get('closed', true) as Node | null, 'statuses.closed');
  if (!open?.length || !closed?.length) {
    reader.report(node, 'Expected `statuses` to list both `open` and `closed` statuses');
    return undefined;
  }
  const both = open.filter((s) => closed.includes(s));
  if (both.length) {
    reader.report(node, `Status \`${both[0]}\` is listed as both open and closed`);
    return undefined;
  }
  return { open, closed };
}

function readType(reader: Reader, pair: Pair<Node, Node | null>, known: ReadonlyMap<string, HandoffType>): HandoffType | undefined {
  const id = reader.key(pair);
  if (id === undefined) return undefined;
  if (!TYPE_ID.test(id)) {
    reader.report(pair.key, `Unexpected type id \`${id}\`, expected lowercase letters, digits and dashes`);
    return undefined;
  }
  const node = pair.value;
  if (!reader.map(node, `types.${id}`)) return undefined;
  // A configured type with a built-in id overrides it; keys it leaves out keep the built-in's values.
  const inherited = known.get(id);
  for (const p of node.items as Pair<Node, Node | null>[]) {
    const k = reader.key(p);
    if (k !== undefined && !TYPE_KEYS.includes(k)) {
      reader.report(p.key, `Unknown key \`${k}\` in type \`${id}\`, expected one of ${TYPE_KEYS.join(', ')}`, 'warning');
    }
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
    slaDays: reader.number(get('sla_days'), `types.${id}.sla_days`) ?? inherited?.slaDays,
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
      for (const p of item.items as Pair<Node, Node | null>[]) {
        const k = reader.key(p);
        if (k !== undefined && !SECTION_KEYS.includes(k)) reader.report(p.key, `Unknown section key \`${k}\`, expected one of ${SECTION_KEYS.join(', ')}`, 'warning');
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

/** Typed reads of YAML nodes that report, rather than throw, on a wrong shape. */
class Reader {
  constructor(readonly report: (node: Node | null | undefined, message: string, severity?: 'error' | 'warning') => void) {}

  key(pair: Pair<Node, Node | null>): string | undefined {
    if (isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number')) return String(pair.key.value);
    this.report(pair.key, 'Expected a plain key');
    return undefined;
  }

  string(node: Node | null | undefined, name: string): string | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    this.report(node, `Expected \`${name}\` to be a string`);
    return undefined;
  }

  number(node: Node | null | undefined, name: string): number | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) && node.value >= 0) return node.value;
    this.report(node, `Expected \`${name}\` to be a number of 0 or more`);
    return undefined;
  }

  stringList(node: Node | null | undefined, name: string): string[] | undefined {
    if (node === undefined) return undefined;
    if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      return (node.items as { value: string }[]).map((i) => i.value.trim()).filter(Boolean);
    }
    this.report(node, `Expected \`${name}\` to be a list of strings`);
    return undefined;
  }

  map(node: Node | null | undefined, name: string): node is YAMLMap {
    if (isMap(node)) return true;
    this.report(node, `Expected \`${name}\` to be a mapping`);
    return false;
  }
}
