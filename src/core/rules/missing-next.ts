// "The next handoff was never written": the work was dropped between two stages.
import { missingNext } from '../journey/missing-next';
import { defineWorkspaceRule } from '../lint/workspace-rule';

export default defineWorkspaceRule({
  meta: {
    id: 'missing-next',
    docs: { description: 'A handoff whose type expects a next handoff has been accepted or done for longer than `next_within_days`, and no handoff follows it.' },
    messages: {
      missing: 'Missing next handoff: {{phase}} since {{since}} ({{days}} days), expected a {{next}} handoff that follows this one within {{within}} days',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ graph, today, report }) {
    for (const handoff of graph.nodes.values()) {
      const late = missingNext(handoff, graph.followers.get(handoff.file) ?? [], today);
      if (!late) continue;
      const next = handoff.next.map((t) => `\`${t}\``).join(' or ');
      report(handoff.file, { messageId: 'missing', data: { phase: handoff.phase, since: late.since, days: late.days, next, within: handoff.nextWithinDays }, range: handoff.anchor });
    }
  },
});
