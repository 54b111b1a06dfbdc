// A handoff that follows itself through the chain: the journey has no first stage.
import { defineWorkspaceRule } from '../lint/workspace-rule';

export default defineWorkspaceRule({
  meta: {
    id: 'follows-cycle',
    docs: { description: 'A handoff follows itself through its `follows` chain.' },
    messages: { cycle: 'Unexpected cycle: `follows: {{path}}` leads back to this handoff, expected a chain that starts somewhere' },
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ graph, report }) {
    for (const file of graph.inCycle) {
      // Reported on each `follows` value that stays inside the cycle.
      for (const link of graph.nodes.get(file)!.follows) {
        if (link.path !== undefined && graph.inCycle.has(link.path)) report(file, { messageId: 'cycle', data: { path: link.written }, range: link.range });
      }
    }
  },
});
