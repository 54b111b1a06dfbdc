// The configuration model: handoff types, statuses and rule severities.
// Built-in types (types/builtin-types.ts) and `.handoff.yml` both produce these shapes.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface SectionSpec {
  /** The `##` heading text, as written by templates. */
  readonly name: string;
  /** True when the section must hold GFM task items (`- [ ] …`). */
  readonly checklist: boolean;
  /** One line saying what belongs in the section (hover, docs, template comment). */
  readonly description?: string;
  /** Markdown the template puts under the heading (task items for checklist sections). */
  readonly template?: string;
}

export interface HandoffType {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Default sending and receiving teams, used by templates. */
  readonly from?: string;
  readonly to?: string;
  readonly requiredFields: readonly string[];
  readonly sections: readonly SectionSpec[];
  /** Template version; documents record it in `template_version`. */
  readonly version?: number;
  /** Service level: a handoff without `due` is due `created + sla_days`. */
  readonly slaDays?: number;
  readonly source: 'builtin' | 'config';
}

/**
 * Where a handoff is in its life, whatever the team calls its statuses: `draft` (not yet handed
 * over), `waiting` (handed over, the receiver has not taken it), `owned` (the receiver has it),
 * `closed`. Rules read phases, never status names.
 */
export type Phase = 'draft' | 'waiting' | 'owned' | 'closed';
export const PHASES: readonly Phase[] = ['draft', 'waiting', 'owned', 'closed'];

export interface StatusConfig {
  readonly open: readonly string[];
  readonly closed: readonly string[];
  /** Status → phase for statuses that are not built-in (or to override one); see statusPhase. */
  readonly phases?: ReadonlyMap<string, Phase>;
  /** Closed statuses that mean the work was given up (`cancelled`): nobody completes those handoffs. */
  readonly abandoned?: readonly string[];
}

export interface HandoffConfig {
  /** Folder (relative to the workspace root) where New Handoff creates files. */
  readonly folder: string;
  readonly statuses: StatusConfig;
  /** Built-in types merged with configured ones (same id: the configured one wins). */
  readonly types: ReadonlyMap<string, HandoffType>;
  /** Rule id → severity override. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly staleAfterDays: number;
  /** Globs, relative to the config file's folder, of Markdown files that are not linted or listed. */
  readonly exclude: readonly string[];
  /**
   * The team's IANA time zone: date-times are read, and today is taken, in it. `timezone:` of
   * `.handoff.yml`, else the machine's as the adapter passed it in; undefined: UTC.
   */
  readonly timeZone?: string;
}

export const DEFAULT_STATUSES: StatusConfig = {
  open: ['draft', 'open', 'accepted', 'returned'],
  closed: ['done', 'cancelled'],
};

/** Fields a type requires unless it says otherwise (every built-in type does): who hands what to whom, by when, and where it stands. */
export const DEFAULT_REQUIRED_FIELDS = ['title', 'status', 'from', 'to', 'owner', 'assignee', 'due'] as const;

/** The built-in statuses' phases; a configured status without a phase is `waiting` if open, else `closed`. */
export const BUILTIN_PHASES: ReadonlyMap<string, Phase> = new Map([
  ['draft', 'draft'],
  ['open', 'waiting'],
  ['returned', 'waiting'],
  ['accepted', 'owned'],
  ['done', 'closed'],
  ['cancelled', 'closed'],
]);
export const DEFAULT_ABANDONED: readonly string[] = ['cancelled'];

export const DEFAULT_FOLDER = 'handoffs';
export const DEFAULT_STALE_AFTER_DAYS = 14;

export function allStatuses(statuses: StatusConfig): string[] {
  return [...statuses.open, ...statuses.closed];
}

/**
 * The phase of a status. A missing or unknown status counts as `waiting`: it still needs attention
 * (invalid-field reports an unknown one).
 */
export function statusPhase(statuses: StatusConfig, status: string | undefined): Phase {
  if (status === undefined) return 'waiting';
  if (statuses.closed.includes(status)) return 'closed';
  const phase = statuses.phases?.get(status) ?? BUILTIN_PHASES.get(status);
  return phase === undefined || phase === 'closed' ? 'waiting' : phase;
}

export function isAbandonedStatus(statuses: StatusConfig, status: string | undefined): boolean {
  return status !== undefined && statuses.closed.includes(status) && (statuses.abandoned ?? DEFAULT_ABANDONED).includes(status);
}

export function isClosedStatus(config: HandoffConfig, status: string | undefined): boolean {
  return status !== undefined && config.statuses.closed.includes(status);
}

/** The body a template or a quick fix puts under a section heading. */
export function sectionTemplate(section: SectionSpec): string {
  if (section.template) return section.template;
  if (section.checklist) return '- [ ] ';
  return `<!-- ${section.description ?? `What the receiving team needs to know about ${section.name.toLowerCase()}`} -->`;
}
