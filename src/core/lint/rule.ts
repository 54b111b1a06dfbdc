// The contract between the lint engine and its rules. Rules are pure and synchronous:
// same document and options, same issues. Fixes are data (text edits), never editor calls.
import type { HandoffConfig, HandoffType, Severity } from '../config/types';
import type { HandoffDocument } from '../model/handoff';
import type { Range, TextEdit } from '../model/text';

export interface Fix {
  /** Shown as the quick-fix title, e.g. "Add section `Risks`". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * A guess (a did-you-mean) or a claim only a person can make (an item is done, a placeholder
   * value): offered as a quick fix in the editor, never applied by `handoff lint --fix`, which
   * must not turn a problem into a false pass. ESLint's `suggest` versus `fix`.
   */
  readonly suggestion?: boolean;
}

/** The same fixes, marked as suggestions (see `Fix.suggestion`). */
export function asSuggestions(fixes: readonly Fix[]): Fix[] {
  return fixes.map((fix) => ({ ...fix, suggestion: true }));
}

export interface LintIssue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes: readonly Fix[];
}

export interface Report {
  readonly message: string;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly config: HandoffConfig;
  /** The document's type; undefined only for rules with `needsType: false`. */
  readonly type: HandoffType | undefined;
  /** Today as YYYY-MM-DD, injected so results are reproducible. */
  readonly today: string;
  report(report: Report): void;
}

export interface Rule {
  readonly id: string;
  /** One line, shown in docs and SARIF. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** When true the rule runs only on documents of a known type (nothing to check against otherwise). */
  readonly needsType: boolean;
  /** True when the rule reads the Markdown outline (sections, task items): it is skipped when the body was not read (too-complex). */
  readonly needsBody?: boolean;
  /** True when the result changes with `today` alone: caches (`lint --cache`) re-run such rules on another day. */
  readonly dependsOnToday?: boolean;
  check(doc: HandoffDocument, context: RuleContext): void;
}
