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
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
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
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** Where a rule's documentation lives, relative to the package root. */
export function ruleDocPath(ruleId: string): string {
  return `docs/RULES.md#${ruleId}`;
}
