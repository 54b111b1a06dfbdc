// Completion and hover inside front-matter, computed from the document model, the config and
// what the workspace already uses (teams, people). Pure: the editor adapter only converts.
import { allStatuses, type HandoffConfig } from '../config/types';
import type { HeaderInfo } from '../model/handoff';
import { KNOWN_FIELDS } from '../model/handoff';
import type { Position } from '../model/text';
import { addDays } from '../util/dates';
import { fieldDoc } from './field-docs';

export type AssistContext = { readonly kind: 'key'; readonly prefix: string } | { readonly kind: 'value'; readonly key: string; readonly prefix: string };

export interface Suggestion {
  readonly label: string;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert; defaults to the label. */
  readonly insertText?: string;
  /** Orders suggestions when alphabetical order would be wrong (dates: soonest first). */
  readonly sortText?: string;
  /** `file`: a path to a handoff (`follows`, `links`). */
  readonly kind: 'field' | 'value' | 'file';
}

/** Values seen elsewhere in the workspace, offered for `from`/`to` and `owner`/`assignee`. */
export interface WorkspaceKnowledge {
  readonly teams: readonly string[];
  readonly people: readonly string[];
}

/** Where the position is inside the front-matter: typing a key, or a value of some key. */
export function assistContext(doc: HeaderInfo, pos: Position): AssistContext | undefined {
  const block = doc.frontMatter?.block;
  if (!block) return undefined;
  const offset = doc.lines.offsetAt(pos);
  if (offset < block.contentStart || offset > block.contentEnd) return undefined;
  const before = doc.lines.lineText(pos.line).slice(0, pos.character);
  const value = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(before);
  if (value) return { kind: 'value', key: value[1]!, prefix: value[2]! };
  if (/^[A-Za-z_]?[\w-]*$/.test(before)) return { kind: 'key', prefix: before };
  return undefined;
}

export function suggestions(doc: HeaderInfo, ctx: AssistContext, config: HandoffConfig, known: WorkspaceKnowledge, today: string): Suggestion[] {
  if (ctx.kind === 'key') {
    const type = doc.type ? config.types.get(doc.type) : undefined;
    const present = new Set(doc.frontMatter?.fields.keys() ?? []);
    const keys = [...new Set([...(type?.requiredFields ?? []), ...KNOWN_FIELDS])].filter((k) => !present.has(k));
    return keys.map((key) => ({
      label: key,
      kind: 'field',
      detail: type?.requiredFields.includes(key) ? `required by ${type.id}` : 'optional',
      documentation: fieldDoc(key),
      insertText: `${key}: `,
    }));
  }
  // Kept in the given order (configured statuses, teams by name), not re-sorted by the editor.
  const values = (labels: readonly string[], detail?: (v: string) => string | undefined): Suggestion[] =>
    labels.map((label, i) => ({ label, kind: 'value', detail: detail?.(label), sortText: String(i).padStart(4, '0') }));
  switch (ctx.key) {
    case 'status':
      return values(allStatuses(config.statuses), (s) => (config.statuses.closed.includes(s) ? 'closed' : 'open'));
    case 'handoff':
      return [...config.types.values()].map((t) => ({ label: t.id, kind: 'value', detail: t.title, documentation: typeDoc(t.id, config) }));
    case 'from':
    case 'to':
      return values(uniqueSorted([...known.teams, ...[...config.types.values()].flatMap((t) => [t.from, t.to]).filter((t): t is string => !!t)]));
    case 'owner':
    case 'assignee':
    case 'accepted_by':
      return values(uniqueSorted(known.people));
    case 'due':
    case 'created':
    case 'accepted_at':
    case 'returned_at':
    case 'done_at':
      return [0, 1, 3, 7, 14, 30].flatMap((n, i) => {
        const label = addDays(today, n);
        return label === undefined ? [] : [{ label, kind: 'value' as const, detail: n === 0 ? 'today' : `in ${n} day${n === 1 ? '' : 's'}`, sortText: String(i) }];
      });
    default:
      return [];
  }
}

/** Markdown for a hover over a field key or over the type id. */
export function hoverText(doc: HeaderInfo, pos: Position, config: HandoffConfig): string | undefined {
  const offset = doc.lines.offsetAt(pos);
  for (const field of doc.frontMatter?.fields.values() ?? []) {
    if (offset >= field.keyStart && offset <= field.keyEnd) {
      const type = doc.type ? config.types.get(doc.type) : undefined;
      const required = type?.requiredFields.includes(field.key) ? ` Required by \`${type.id}\`.` : '';
      const known = fieldDoc(field.key);
      return known ? `**${field.key}**: ${known}${required}` : `**${field.key}**: a custom field, kept as it is.`;
    }
    if (field.key === 'handoff' && offset >= field.valueStart && offset <= field.valueEnd && typeof field.value === 'string') {
      return typeDoc(field.value.trim(), config);
    }
  }
  return undefined;
}

function typeDoc(id: string, config: HandoffConfig): string | undefined {
  const type = config.types.get(id);
  if (!type) return undefined;
  const sections = type.sections.map((s) => `- ${s.name}${s.checklist ? ' (checklist)' : ''}`).join('\n');
  return [`**${type.title}** (\`${type.id}\`)${type.from || type.to ? `: ${type.from ?? '?'} → ${type.to ?? '?'}` : ''}`, type.description ?? '', `Required sections:\n${sections}`, `Required fields: ${type.requiredFields.join(', ')}`]
    .filter(Boolean)
    .join('\n\n');
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
