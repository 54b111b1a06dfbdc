// The one lint entry point used by the editor and the CLI alike.
import { isClosedStatus, type HandoffConfig, type Severity, type SeveritySetting } from '../config/types';
import { fieldText, type HandoffDocument } from '../model/handoff';
import { comparePositions } from '../model/text';
import { parseHandoff } from '../parse/parse-handoff';
import { RULES } from './registry';
import type { LintIssue, Report } from './rule';

export interface LintOptions {
  readonly config: HandoffConfig;
  /** YYYY-MM-DD; defaults to the local date. */
  readonly today?: string;
  /** Severity overrides applied after the config's `rules:` (e.g. editor settings). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/** Lints a parsed document. Non-handoff Markdown yields no issues. */
export function lintDocument(doc: HandoffDocument, options: LintOptions): LintIssue[] {
  if (!doc.isHandoff) return [];
  const today = options.today ?? localToday();
  const type = doc.type === undefined ? undefined : options.config.types.get(doc.type);
  const issues: LintIssue[] = [];
  for (const rule of RULES) {
    if (doc.disabledRules.has(rule.id)) continue;
    const severity = resolveSeverity(rule.id, rule.defaultSeverity, options);
    if (severity === 'off') continue;
    if (rule.needsType && !type) continue;
    rule.check(doc, {
      config: options.config,
      type,
      today,
      report: (r: Report) => issues.push({ ruleId: rule.id, severity, message: r.message, range: r.range, fixes: r.fixes ?? [] }),
    });
  }
  return issues.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId));
}

/** Parses and lints text in one step. */
export function lintText(text: string, options: LintOptions): { doc: HandoffDocument; issues: LintIssue[] } {
  const doc = parseHandoff(text);
  return { doc, issues: lintDocument(doc, options) };
}

export function resolveSeverity(ruleId: string, fallback: Severity, options: LintOptions): SeveritySetting {
  return options.severities?.[ruleId] ?? options.config.rules[ruleId] ?? fallback;
}

/** True when the handoff is not closed (a missing status counts as open: it still needs attention). */
export function isOpenHandoff(doc: HandoffDocument, config: HandoffConfig): boolean {
  return !isClosedStatus(config, fieldText(doc, 'status'));
}

export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
