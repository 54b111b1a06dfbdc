// A handoff that follows itself through the chain: the journey has no first stage.
import type { WorkspaceRule } from '../lint/workspace-rule';

const rule: WorkspaceRule = {
  id: 'follows-cycle',
  description: 'A handoff follows itself through its `follows` chain.',
  defaultSeverity: 'error',
  fixable: false,
  check({ graph, report }) {
    for (const file of graph.inCycle) {
      const handoff = graph.nodes.get(file)!;
      // Reported on each `follows` value that stays inside the cycle.
      for (const link of handoff.follows) {
        if (link.path === undefined || !graph.inCycle.has(link.path)) continue;
        report(file, { message: `\`follows: ${link.written}\` closes a cycle: this handoff follows itself through the chain`, range: link.range });
      }
    }
  },
};

export default rule;
