// The contract between the lint engine and its rules, in the spirit of ESLint's: a rule is its
// `meta` (id, docs, message templates, severity, what it needs) and a `check` that reports by
// message id. Rules are pure and synchronous: same document and options, same issues. Fixes are
// data (text edits), never editor calls.
import type { HandoffConfig, HandoffType, Phase, Severity } from '../config/types';
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

/** Values for a message template's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface LintIssue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The key of the rule's `meta.messages` the message was built from (absent for config problems). */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly range: Range;
  readonly fixes: readonly Fix[];
}

export interface Report<M extends string = string> {
  readonly messageId: M;
  readonly data?: MessageData;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
}

export interface RuleMeta<M extends string = string> {
  readonly id: string;
  /** One line, shown in docs and SARIF. The docs URL is the registry's to attach (RegisteredRule). */
  readonly docs: { readonly description: string };
  /** Message templates by id; `{{name}}` is replaced by `data.name`. Messages read "Missing …" / "Unexpected …". */
  readonly messages: Readonly<Record<M, string>>;
  readonly defaultSeverity: Severity;
  /** True when the rule offers fixes (quick fixes or suggestions); the rule tester holds rules to it. */
  readonly fixable: boolean;
  /** True when the rule runs only on documents of a known type (nothing to check against otherwise). */
  readonly requiresType: boolean;
  /** True when the rule reads the Markdown outline (sections, task items): it is skipped when the body was not read (too-complex). */
  readonly requiresBody?: boolean;
  /** True for a rule about completing the handoff: skipped when its status is abandoned (nobody completes work that was given up). */
  readonly completeness?: boolean;
  /**
   * True for a rule about Markdown that is not a handoff but was meant to be one: it runs on such
   * files only, and no other rule does.
   */
  readonly nonHandoffs?: boolean;
  /** True when the result changes with `today` alone: caches (`lint --cache`) re-run such rules on another day. */
  readonly dependsOnToday?: boolean;
}

interface BaseContext<M extends string> {
  readonly config: HandoffConfig;
  /** Today as YYYY-MM-DD, injected so results are reproducible. */
  readonly today: string;
  /** The handoff's `status` (trimmed), its phase, and whether it was given up: rules read these, not status names. */
  readonly status: string | undefined;
  readonly phase: Phase;
  readonly abandoned: boolean;
  /** Every registered rule id (what a disable comment may name). */
  readonly ruleIds: readonly string[];
  report(report: Report<M>): void;
}

/** What a rule with `requiresType: true` sees: the engine runs it only when the type is known. */
export interface TypedRuleContext<M extends string = string> extends BaseContext<M> {
  readonly type: HandoffType;
}

export interface RuleContext<M extends string = string> extends BaseContext<M> {
  readonly type: HandoffType | undefined;
}

export interface TypedRule<M extends string = string> {
  readonly meta: RuleMeta<M> & { readonly requiresType: true };
  check(doc: HandoffDocument, context: TypedRuleContext<M>): void;
}

export interface UntypedRule<M extends string = string> {
  readonly meta: RuleMeta<M> & { readonly requiresType: false };
  check(doc: HandoffDocument, context: RuleContext<M>): void;
}

export type Rule = TypedRule | UntypedRule;

/** A rule as the registry hands it out: with its documentation's URL, from ruleDocUrl. */
export type RegisteredRule = Rule & { readonly meta: { readonly docs: { readonly url: string } } };

/** Declares a rule; the message ids of `meta.messages` are the only ones `report` accepts. */
export function defineRule<M extends string>(rule: TypedRule<M>): TypedRule<M>;
export function defineRule<M extends string>(rule: UntypedRule<M>): UntypedRule<M>;
export function defineRule<M extends string>(rule: TypedRule<M> | UntypedRule<M>): TypedRule<M> | UntypedRule<M> {
  return rule;
}

export function isTypedRule(rule: Rule): rule is TypedRule {
  return rule.meta.requiresType;
}

/** A template with its `{{placeholders}}` filled; an unknown placeholder stays as written, so a typo shows. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}
