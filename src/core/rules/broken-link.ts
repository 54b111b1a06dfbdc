// A `follows` or relative `links` path that leads nowhere, or a `follows` that is not a handoff.
import type { Fix } from '../lint/rule';
import type { WorkspaceRule } from '../lint/workspace-rule';
import type { LinkRef } from '../journey/links';
import { closest } from '../util/closest';
import { dirname, relative } from '../util/paths';

const rule: WorkspaceRule = {
  id: 'broken-link',
  description: 'A `follows` or relative `links` path points at no file, or `follows` points at a file that is not a handoff.',
  defaultSeverity: 'error',
  fixable: true,
  check({ graph, targets, report }) {
    const handoffs = [...graph.nodes.keys()];
    for (const handoff of graph.nodes.values()) {
      for (const link of handoff.follows) {
        if (link.path === undefined || graph.nodes.has(link.path)) continue;
        const kind = targets.get(link.path);
        if (kind === 'handoff') continue; // a handoff outside what was scanned
        const message = kind === 'file' ? `\`follows: ${link.written}\` is not a handoff (it has no \`handoff:\` front-matter key)` : `\`follows: ${link.written}\` points at no file`;
        report(handoff.file, { message, range: link.range, fixes: closestHandoff(link, handoff.file, handoffs) });
      }
      for (const link of handoff.links) {
        if (link.path === undefined || graph.nodes.has(link.path) || targets.has(link.path)) continue;
        report(handoff.file, { message: `\`links: ${link.written}\` points at no file`, range: link.range });
      }
    }
  },
};

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

export default rule;
