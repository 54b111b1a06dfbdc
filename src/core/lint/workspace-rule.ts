// The contract of cross-document rules: they see every handoff's journey facts at once (the
// workspace index in the editor, the scan in the CLI) and report on any of them. Like per-document
// rules they are pure and synchronous; the adapters gather the facts and what the links point at.
import type { Severity } from '../config/types';
import type { JourneyGraph } from '../journey/graph';
import type { Report } from './rule';

/** What a link that is not itself a handoff of the graph points at (found by the adapter). */
export type TargetKind = 'handoff' | 'file';

export interface WorkspaceRuleContext {
  readonly graph: JourneyGraph;
  /** Existing link targets outside the graph; a path in neither is missing. */
  readonly targets: ReadonlyMap<string, TargetKind>;
  /** YYYY-MM-DD, injected so results are reproducible. */
  readonly today: string;
  report(file: string, report: Report): void;
}

export interface WorkspaceRule {
  readonly id: string;
  /** One line, shown in docs and SARIF. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  check(context: WorkspaceRuleContext): void;
}
