// The one lint entry point used by the editor and the CLI alike.
import { isAbandonedStatus, statusPhase, type HandoffConfig, type Severity, type SeveritySetting } from '../config/types';
import { BOM, fieldText, type HandoffDocument } from '../model/handoff';
import { comparePositions, detectEol, LineIndex, type Range } from '../model/text';
import { blankLinesBeforeFrontMatter, mayBeHandoff, parseHandoff } from '../parse/parse-handoff';
import { RULE_IDS, RULES } from './registry';
import { todayIn } from '../util/dates';
import { formatMessage, isTypedRule, type LintIssue, type Report } from './rule';

export interface LintOptions {
  readonly config: HandoffConfig;
  /** YYYY-MM-DD; defaults to today's date in the config's time zone. */
  readonly today?: string;
  /** Severity overrides applied after the config's `rules:` (e.g. editor settings). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/**
 * Lints a parsed document. Non-handoff Markdown yields no issues, but for the rules about files
 * meant as handoffs (`meta.nonHandoffs`).
 */
export function lintDocument(doc: HandoffDocument, options: LintOptions): LintIssue[] {
  if (!doc.isHandoff && blankLinesBeforeFrontMatter(doc.text) === 0) return [];
  const today = options.today ?? todayIn(options.config.timeZone);
  const type = doc.type === undefined ? undefined : options.config.types.get(doc.type);
  const issues: LintIssue[] = [];
  const bodyUnread = doc.limitsExceeded?.some((l) => l.part === 'body') === true;
  const status = fieldText(doc, 'status');
  const lifecycle = { status, phase: statusPhase(options.config.statuses, status), abandoned: isAbandonedStatus(options.config.statuses, status) };
  for (const rule of RULES) {
    const { id, requiresBody, completeness, defaultSeverity, messages, nonHandoffs = false } = rule.meta;
    if (nonHandoffs === doc.isHandoff) continue;
    if (doc.disabledRules.has(id)) continue;
    if (requiresBody && bodyUnread) continue;
    if (completeness && lifecycle.abandoned) continue;
    const severity = resolveSeverity(id, defaultSeverity, options);
    if (severity === 'off') continue;
    const context = {
      config: options.config,
      today,
      ...lifecycle,
      ruleIds: RULE_IDS,
      report: (r: Report) => {
        const template = (messages as Readonly<Record<string, string>>)[r.messageId] ?? r.messageId;
        issues.push({
          ruleId: id,
          severity,
          message: formatMessage(template, r.data),
          messageId: r.messageId,
          ...(r.data ? { data: r.data } : {}),
          range: clampRange(doc.lines, r.range),
          fixes: r.fixes ?? [],
        });
      },
    };
    if (!isTypedRule(rule)) rule.check(doc, { ...context, type });
    else if (type) rule.check(doc, { ...context, type });
  }
  return issues.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Every problem's range, whatever rule or parser offset it came from, lies on the file's lines (an
 * editor or SARIF viewer rejects or misplaces a column past the end of its line) and starts
 * before it ends.
 */
function clampRange(lines: LineIndex, range: Range): Range {
  const start = lines.clamp(range.start);
  const end = lines.clamp(range.end);
  return comparePositions(end, start) < 0 ? { start, end: start } : { start, end };
}

/**
 * Texts longer than this are not parsed by lintText: remark needs many seconds for them. (The
 * scanners skip such files before reading them; see DEFAULT_MAX_FILE_SIZE.)
 */
export const MAX_LINT_LENGTH = 2 * 1024 * 1024;

/** Parses and lints text in one step. A text over MAX_LINT_LENGTH gets no issues and is not parsed. */
export function lintText(text: string, options: LintOptions): { doc: HandoffDocument; issues: LintIssue[] } {
  if (text.length > MAX_LINT_LENGTH) return { doc: unparsed(text), issues: [] };
  const doc = parseHandoff(text);
  return { doc, issues: lintDocument(doc, options) };
}

/** A document with no front-matter or outline read: what lintText returns for an oversized text. */
function unparsed(rawText: string): HandoffDocument {
  const hasBom = rawText.startsWith(BOM);
  const text = hasBom ? rawText.slice(1) : rawText;
  const empty = { frontMatter: undefined, type: undefined, yamlProblems: [], title: undefined, headings: [], sections: [], taskItems: [] };
  return { ...empty, text, hasBom, eol: detectEol(text), lines: new LineIndex(text), isHandoff: mayBeHandoff(rawText), disabledRules: new Set(), bodyStart: 0 };
}

export function resolveSeverity(ruleId: string, fallback: Severity, options: LintOptions): SeveritySetting {
  return options.severities?.[ruleId] ?? options.config.rules[ruleId] ?? fallback;
}

/** Today's date on the machine's clock and in its zone; `todayIn` takes the team's zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
