// `handoff stats` text and Markdown list every rule with problems, not only the most frequent (#16).
import assert from 'node:assert/strict';
import { formatStatsMarkdown } from '../../../src/cli/formatters/stats-markdown';
import { formatStatsText } from '../../../src/cli/formatters/stats-text';
import { computeMetrics, defaultConfig, lintDocument, parseHandoff, summarizeHandoff, type HandoffMetrics } from '../../../src/core/index';
import { handoffDoc, TODAY } from '../helpers/handoff-fixtures';

function metricsWithRules(rules: number): HandoffMetrics {
  const config = defaultConfig();
  const doc = parseHandoff(handoffDoc());
  const m = computeMetrics([{ path: 'a.md', summary: summarizeHandoff(doc, config, TODAY), issues: lintDocument(doc, { config, today: TODAY }) }], { config: () => config, today: TODAY });
  const byRule = Array.from({ length: rules }, (_, i) => ({ rule: `rule-${String(i + 1).padStart(2, '0')}`, count: rules - i, handoffs: 1 }));
  return { ...m, lint: { ...m.lint, errors: byRule.reduce((n, r) => n + r.count, 0), handoffs: 1, byRule } };
}

describe('handoff stats: every rule', () => {
  const m = metricsWithRules(14);
  const ruleLines = (text: string) => text.split('\n').filter((l) => /rule-\d\d/.test(l));

  it('text lists all 14 rules, the rarest last', () => {
    const lines = ruleLines(formatStatsText(m, { gitHistory: false }));
    assert.equal(lines.length, 14);
    assert.match(lines.at(-1)!, /^ {2}rule-14 +1 +in 1 handoff$/);
  });

  it('Markdown lists all 14 rules', () => {
    const lines = ruleLines(formatStatsMarkdown(m, { gitHistory: false }));
    assert.equal(lines.length, 14);
    assert.equal(lines.at(-1), '| `rule-14` | 1 | 1 |');
  });
});
