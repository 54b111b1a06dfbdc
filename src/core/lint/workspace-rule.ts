// The contract of cross-document rules: they see every handoff's journey facts at once (the
// workspace index in the editor, the scan in the CLI) and report on any of them, by message id as
// the per-document rules do (rule.ts). Pure and synchronous; the adapters gather the facts and
// what the links point at.
import type { JourneyGraph } from '../journey/graph';
import type { Report, RuleMeta } from './rule';

/** What a link that is not itself a handoff of the graph points at (found by the adapter). */
export type TargetKind = 'handoff' | 'file';

export interface WorkspaceRuleContext<M extends string = string> {
  readonly graph: JourneyGraph;
  /** Existing link targets outside the graph; a path in neither is missing. */
  readonly targets: ReadonlyMap<string, TargetKind>;
  /** YYYY-MM-DD, injected so results are reproducible. */
  readonly today: string;
  report(file: string, report: Report<M>): void;
}

/** The per-document rule's meta (rule.ts) less what only a single document has (a type, a body). */
export type WorkspaceRuleMeta<M extends string = string> = Pick<RuleMeta<M>, 'id' | 'docs' | 'messages' | 'defaultSeverity' | 'fixable'>;

export interface WorkspaceRule<M extends string = string> {
  readonly meta: WorkspaceRuleMeta<M>;
  check(context: WorkspaceRuleContext<M>): void;
}

export type RegisteredWorkspaceRule = WorkspaceRule & { readonly meta: { readonly docs: { readonly url: string } } };

/** Declares a cross-document rule; the message ids of `meta.messages` are the only ones `report` accepts. */
export function defineWorkspaceRule<M extends string>(rule: WorkspaceRule<M>): WorkspaceRule<M> {
  return rule;
}
