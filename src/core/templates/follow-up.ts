// New Follow-up Handoff: the handoff that continues a previous one in its journey, written next
// to it and pre-filled from it. Pure: the adapter passes the previous document, its journey's
// name and today.
import type { HandoffConfig, HandoffType } from '../config/types';
import type { JourneyGraph } from '../journey/graph';
import { field, fieldText, type HandoffDocument } from '../model/handoff';
import { basename, dirname, relative } from '../util/paths';
import { freeHandoffPath, type NewHandoffPlan } from './new-handoff';
import { extraTemplateFields, firstSectionBodyLine, renderHandoff, yamlScalar } from './render-template';

export interface FollowUpValues {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly today: string;
  /** Who writes it ("me"); when unknown, the previous handoff's assignee, who usually does. */
  readonly owner?: string;
  /** The receiving team, for a type that names none. */
  readonly to?: string;
  /** The previous handoff's journey (followUpJourney). */
  readonly journey: string;
}

/** The types a follow-up may have: those of the previous type's `next` that exist, else every type. */
export function followUpTypes(previousType: string | undefined, config: HandoffConfig): HandoffType[] {
  const next = previousType === undefined ? [] : (config.types.get(previousType)?.next ?? []);
  const expected = next.map((id) => config.types.get(id)).filter((t): t is HandoffType => t !== undefined);
  return expected.length ? expected : [...config.types.values()];
}

/**
 * The name of the journey `previous` (at `file`) belongs to: the graph's name for it (a `journey:`
 * field of the journey, else its first handoff's title), else its own `journey:`, title or file name.
 */
export function followUpJourney(graph: JourneyGraph, file: string, previous: HandoffDocument): string {
  return graph.journeyOf.get(file)?.name ?? fieldText(previous, 'journey') ?? previous.title ?? basename(file);
}

/** The title offered for the follow-up: the journey's name and the new type's. */
export function followUpTitle(journey: string, type: HandoffType): string {
  return `${journey} — ${type.title}`;
}

/** Plans the follow-up of `previous` (at `previousPath`): a free name in the same folder, and its text. */
export async function planFollowUp(
  previous: HandoffDocument,
  previousPath: string,
  type: HandoffType,
  values: FollowUpValues,
  exists: (path: string) => Promise<boolean>,
): Promise<NewHandoffPlan> {
  const path = await freeHandoffPath(dirname(previousPath), values.today, values.title, exists);
  const text = renderFollowUp(previous, previousPath, path, type, values);
  return { path, text, cursorLine: firstSectionBodyLine(text) };
}

/**
 * The follow-up's text: the type's template with `from` = the previous `to`, `follows:` the previous
 * handoff (relative to `path`), its `journey:`, and the fields of the new template (a type's other
 * required fields, such as `customer`) that the previous handoff has, carried over.
 */
export function renderFollowUp(previous: HandoffDocument, previousPath: string, path: string, type: HandoffType, values: FollowUpValues): string {
  const fields: Record<string, string> = {};
  for (const key of extraTemplateFields(type)) {
    const carried = yamlValue(field(previous, key)?.value);
    if (carried !== undefined && key !== 'follows' && key !== 'journey') fields[key] = carried;
  }
  fields.follows = yamlScalar(linkTo(dirname(path), previousPath));
  fields.journey = yamlScalar(values.journey);
  return renderHandoff(type, {
    title: values.title,
    today: values.today,
    owner: values.owner ?? fieldText(previous, 'assignee'),
    from: fieldText(previous, 'to'),
    to: values.to,
    eol: previous.eol,
    fields,
  });
}

/** `./name.md` or `../folder/name.md`: the relative path a `follows:` is written with. */
function linkTo(folder: string, target: string): string {
  const path = relative(folder, target);
  return path.startsWith('../') ? path : `./${path}`;
}

/** A field value as YAML: scalars, and lists of scalars as a flow list; nothing for maps or empty values. */
function yamlValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? yamlScalar(value.trim()) : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === 'string' || typeof v === 'number')) return undefined;
  return `[${value.map(flowItem).join(', ')}]`;
}

/** An item of a flow list: plain when yamlScalar would write it plain and it holds no `,` or `&`, else quoted. */
function flowItem(item: string | number): string {
  if (typeof item === 'number') return String(item);
  const plain = yamlScalar(item);
  return plain === '' || plain.startsWith('"') || /[,&]/.test(plain) ? JSON.stringify(item) : plain;
}
