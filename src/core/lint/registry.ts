// The one ordered list of rules. The editor, the CLI, the config validator and the docs all read it.
// Retired ids stay here as comments so an id is never reused.
import invalidField from '../rules/invalid-field';
import missingChecklist from '../rules/missing-checklist';
import missingField from '../rules/missing-field';
import missingSection from '../rules/missing-section';
import emptySection from '../rules/empty-section';
import overdue from '../rules/overdue';
import sectionOrder from '../rules/section-order';
import stale from '../rules/stale';
import templateOutdated from '../rules/template-outdated';
import tooComplex from '../rules/too-complex';
import uncheckedItems from '../rules/unchecked-items';
import unknownType from '../rules/unknown-type';
import yamlSyntax from '../rules/yaml-syntax';
import brokenLink from '../rules/broken-link';
import followsCycle from '../rules/follows-cycle';
import missingNext from '../rules/missing-next';
import unknownRule from '../rules/unknown-rule';
import frontMatterNotFirst from '../rules/front-matter-not-first';
import type { RegisteredRule, Rule } from './rule';
import type { RegisteredWorkspaceRule, WorkspaceRule } from './workspace-rule';

const DECLARED: readonly Rule[] = [
  yamlSyntax,
  unknownType,
  missingField,
  invalidField,
  missingSection,
  emptySection,
  missingChecklist,
  uncheckedItems,
  overdue,
  stale,
  sectionOrder,
  templateOutdated,
  tooComplex,
  unknownRule,
  frontMatterNotFirst,
];

/** Where Handoff lives (package.json's `repository`, checked by a test): the one constant to change if it moves. */
export const REPOSITORY_URL = 'https://github.com/handoff-md/handoff';

/**
 * A rule's section of docs/RULES.md on the repository (GitHub's heading anchors are the lower-cased
 * id): the Problems panel's rule links and SARIF's helpUri. The .vsix ships no docs/ to link to.
 */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/RULES.md#${encodeURIComponent(ruleId.toLowerCase())}`;
}

function withDocsUrl(rule: Rule): RegisteredRule {
  return { ...rule, meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocUrl(rule.meta.id) } } } as RegisteredRule;
}

/** Every rule, its docs URL attached here, from ruleDocUrl, and nowhere else (below REPOSITORY_URL: evaluated at load). */
export const RULES: readonly RegisteredRule[] = DECLARED.map(withDocsUrl);

/** Cross-document rules (lint/workspace-engine.ts), run once over every handoff, after the rules above. */
export const WORKSPACE_RULES: readonly RegisteredWorkspaceRule[] = ([brokenLink, followsCycle, missingNext] as readonly WorkspaceRule[]).map(
  (rule) => ({ ...rule, meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocUrl(rule.meta.id) } } }),
);

export const RULE_IDS: readonly string[] = [...RULES, ...WORKSPACE_RULES].map((r) => r.meta.id);
