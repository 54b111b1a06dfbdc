// A `follows` or relative `links` path that leads nowhere, or a `follows` that is not a handoff.
import type { LinkRef } from '../journey/links';
import type { Fix } from '../lint/rule';
import { defineWorkspaceRule } from '../lint/workspace-rule';
import { closest } from '../util/closest';
import { dirname, relative } from '../util/paths';

export default defineWorkspaceRule({
  meta: {
    id: 'broken-link',
    docs: { description: 'A `follows` or relative `links` path points at no file, or `follows` points at a file that is not a handoff.' },
    messages: {
      followsMissing: 'Missing file `{{path}}` in `follows`, expected the path of the handoff this one continues',
      followsNotHandoff: 'Unexpected `follows: {{path}}`, expected a handoff (the file has no `handoff:` key)',
      linkMissing: 'Missing file `{{path}}` in `links`',
    },
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ graph, targets, report }) {
    const handoffs = [...graph.nodes.keys()];
    for (const handoff of graph.nodes.values()) {
      for (const link of handoff.follows) {
        if (link.path === undefined || graph.nodes.has(link.path)) continue;
        const kind = targets.get(link.path);
        if (kind === 'handoff') continue; // a handoff outside what was scanned
        report(handoff.file, { messageId: kind === 'file' ? 'followsNotHandoff' : 'followsMissing', data: { path: link.written }, range: link.range, fixes: closestHandoff(link, handoff.file, handoffs) });
      }
      for (const link of handoff.links) {
        if (link.path === undefined || graph.nodes.has(link.path) || targets.has(link.path)) continue;
        report(handoff.file, { messageId: 'linkMissing', data: { path: link.written }, range: link.range });
      }
    }
  },
});

/** The existing handoff path nearest to what was written, in the same style (`./` or not): a guess, so a suggestion. */
function closestHandoff(link: LinkRef, file: string, handoffs: readonly string[]): Fix[] {
  const folder = dirname(file);
  const dotted = link.written.startsWith('./');
  const candidates = handoffs.filter((p) => p !== file).map((p) => {
    const rel = relative(folder, p);
    return dotted && !rel.startsWith('../') ? `./${rel}` : rel;
  });
  const near = closest(link.written, candidates);
  return near === undefined ? [] : [{ title: `Change to \`${near}\``, edits: [{ range: link.range, newText: near }], suggestion: true }];
}
