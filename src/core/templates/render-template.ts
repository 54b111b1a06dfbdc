// Turns a handoff type into a new document (New Handoff) or a snippet body. Both come from the
// same type registry as the lint rules, so a fresh document can never disagree with them.
import { sectionTemplate, type HandoffType, type SectionSpec, type StatusConfig } from '../config/types';

export interface TemplateValues {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly today: string;
  readonly owner?: string;
  readonly from?: string;
  readonly to?: string;
  readonly eol?: string;
  /** More front-matter fields, values written as YAML already (a follow-up's `follows`, `journey`, carried fields). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** The fields every template writes; a type's other required fields are written empty after them. */
const TEMPLATE_FIELDS: ReadonlySet<string> = new Set(['handoff', 'title', 'status', 'from', 'to', 'owner', 'assignee', 'created', 'due', 'template_version']);

/** The front-matter keys of a type's template beyond the standard ones: its other required fields (`customer`, `project`). */
export function extraTemplateFields(type: HandoffType): string[] {
  return type.requiredFields.filter((f) => !TEMPLATE_FIELDS.has(f));
}

/** The Markdown of a new handoff. Fields the author must decide (assignee, due) are left empty. */
export function renderHandoff(type: HandoffType, values: TemplateValues): string {
  const eol = values.eol ?? '\n';
  const lines = [
    '---',
    `handoff: ${type.id}`,
    `title: ${yamlScalar(values.title)}`,
    'status: draft',
    `from: ${yamlScalar(values.from ?? type.from ?? '')}`,
    `to: ${yamlScalar(values.to ?? type.to ?? '')}`,
    `owner: ${yamlScalar(values.owner ?? '')}`,
    'assignee:',
    `created: ${values.today}`,
    'due:',
    ...[...new Set([...extraTemplateFields(type), ...Object.keys(values.fields ?? {})])].map((key) => `${key}: ${values.fields?.[key] ?? ''}`),
    ...(type.version !== undefined ? [`template_version: ${type.version}`] : []),
    '---',
    `# ${values.title}`,
    '',
    ...type.sections.flatMap((s) => [`## ${s.name}`, '', sectionTemplate(s), '']),
  ];
  // A checklist's template is several lines: split, so every line ends with `eol`.
  return lines.flatMap((l) => l.split('\n')).map((l) => l.trimEnd()).join(eol);
}

/** The line of the first section's body, where the cursor goes in a new document (0-based). */
export function firstSectionBodyLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((l) => l.startsWith('## '));
  return heading === -1 ? lines.length - 1 : heading + 2;
}

/** A title as a YAML plain scalar when safe, quoted otherwise (`Q1: launch` needs quotes). */
export function yamlScalar(value: string): string {
  if (value === '') return '';
  return /^[\w\s.,()/@&+'-]+$/u.test(value) && !/^[\s'-]|\s$/.test(value) && !/^(true|false|null|yes|no|~|[\d.]+)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

export interface Snippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** VS Code snippets: one per type, plus a checklist item, a section and a bare front-matter block. */
export function buildSnippets(types: readonly HandoffType[], statuses: StatusConfig): Record<string, Snippet> {
  const statusChoice = `\${2|${[...statuses.open, ...statuses.closed].join(',')}|}`;
  const today = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
  const teams = [...new Set(types.flatMap((t) => [t.from, t.to]).filter((t): t is string => !!t))].sort();
  const snippets: Record<string, Snippet> = {};
  for (const type of types) {
    let stop = 7;
    const body = [
      '---',
      `handoff: ${type.id}`,
      `title: \${1:${escape(type.title)}}`,
      `status: ${statusChoice}`,
      `from: ${teamChoice(3, type.from, teams)}`,
      `to: ${teamChoice(4, type.to, teams)}`,
      'owner: ${5:owner@example.com}',
      'assignee: ${6:assignee@example.com}',
      `created: ${today}`,
      `due: \${${stop++}:${today}}`,
      ...(type.version !== undefined ? [`template_version: ${type.version}`] : []),
      '---',
      '# ${1}',
      '',
      ...type.sections.flatMap((s) => [`## ${escape(s.name)}`, '', ...snippetBody(s, stop++).split('\n'), '']),
      '$0',
    ];
    snippets[`Handoff: ${type.title}`] = {
      prefix: `handoff-${type.id}`,
      description: `A complete ${type.title} handoff note (${type.from ?? 'sender'} → ${type.to ?? 'receiver'}), at the top of a new Markdown file`,
      body,
    };
  }
  snippets['Handoff: checklist item'] = { prefix: 'handoff-item', description: 'A task item in a handoff checklist section', body: ['- [ ] ${1:What must be done before the receiver accepts}'] };
  snippets['Handoff: section'] = { prefix: 'handoff-section', description: 'A `##` section of a handoff note', body: ['## ${1:Section}', '', '${0}'] };
  snippets['Handoff: front-matter'] = {
    prefix: 'handoff-front-matter',
    description: 'A bare handoff front-matter block, at the top of a Markdown file',
    body: ['---', `handoff: \${1|${types.map((t) => t.id).join(',')}|}`, 'title: ${3:Title}', `status: \${2|${[...statuses.open, ...statuses.closed].join(',')}|}`, 'from: ${4}', 'to: ${5}', 'owner: ${6}', 'assignee: ${7}', `created: ${today}`, `due: \${8:${today}}`, '---', '$0'],
  };
  return snippets;
}

/** A choice of every team the types name, the type's own team first (the default); a placeholder when it has none. */
function teamChoice(stop: number, team: string | undefined, teams: readonly string[]): string {
  if (!team) return `\${${stop}:Team}`;
  const choices = [team, ...teams.filter((t) => t !== team)].map((t) => t.replace(/[\\$}|,]/g, (c) => `\\${c}`));
  return `\${${stop}|${choices.join(',')}|}`;
}

function snippetBody(section: SectionSpec, stop: number): string {
  const body = escape(sectionTemplate(section));
  return section.checklist ? body : `\${${stop}:${body}}`;
}

/** Escapes snippet syntax (`$`, `}` and `\`) in literal text. */
function escape(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
