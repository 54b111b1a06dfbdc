// "The next handoff was never written": the work was dropped between two stages.
import { missingNext } from '../journey/missing-next';
import type { WorkspaceRule } from '../lint/workspace-rule';

const rule: WorkspaceRule = {
  id: 'missing-next',
  description: 'A handoff whose type expects a next handoff has been accepted or done for longer than `next_within_days`, and no handoff follows it.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ graph, today, report }) {
    for (const handoff of graph.nodes.values()) {
      const late = missingNext(handoff, graph.followers.get(handoff.file) ?? [], today);
      if (!late) continue;
      const expected = handoff.next.map((t) => `\`${t}\``).join(' or ');
      report(handoff.file, {
        message: `No handoff follows this one: a ${expected} handoff was expected within ${handoff.nextWithinDays} days of ${late.since}, ${late.days} days ago (${handoff.phase})`,
        range: handoff.anchor,
      });
    }
  },
};

export default rule;
