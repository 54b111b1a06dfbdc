// Cross-document linting, the same in the editor and the CLI: each adapter extracts every handoff's
// journey facts as it lints the file (`journeyFacts`), finds out what the links outside them point
// at (`linkTargets`), then runs the workspace rules once over all of them (`lintWorkspace`).
import { type SeveritySetting } from '../config/types';
import { DEFAULT_NEXT_WITHIN_DAYS, type JourneyFacts } from '../journey/facts';
import { buildJourneyGraph, type JourneyGraph } from '../journey/graph';
import { linkRefs } from '../journey/links';
import { journeyPhase } from '../journey/phase';
import { field, fieldText, type HandoffDocument, type HeaderInfo } from '../model/handoff';
import { detach, shared } from '../util/detach';
import { resolveSeverity, type LintOptions } from './engine';
import { WORKSPACE_RULES } from './registry';
import { formatMessage, type LintIssue, type Report } from './rule';
import type { TargetKind } from './workspace-rule';

/**
 * The journey facts of a handoff at `file` (absolute, '/'-separated); undefined for other Markdown.
 * From the front-matter alone (readHeader) the title is the `title` field and disable comments are unknown.
 */
export function journeyFacts(doc: HeaderInfo | HandoffDocument, file: string, options: LintOptions): JourneyFacts | undefined {
  if (!doc.isHandoff) return undefined;
  const type = doc.type === undefined ? undefined : options.config.types.get(doc.type);
  const status = fieldText(doc, 'status');
  const severities: Record<string, SeveritySetting> = {};
  for (const { meta } of WORKSPACE_RULES) severities[meta.id] = 'disabledRules' in doc && doc.disabledRules.has(meta.id) ? 'off' : resolveSeverity(meta.id, meta.defaultSeverity, options);
  const at = field(doc, 'status') ?? field(doc, 'handoff');
  const anchor = at ? doc.lines.rangeOf(at.valueEnd > at.valueStart ? at.valueStart : at.keyStart, at.valueEnd > at.valueStart ? at.valueEnd : at.keyEnd) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    file,
    type: shared(doc.type),
    title: detach('title' in doc ? doc.title : fieldText(doc, 'title')),
    status: shared(status),
    phase: journeyPhase(status, options.config),
    journey: detach(fieldText(doc, 'journey')),
    created: datePart(fieldText(doc, 'created')),
    acceptedAt: datePart(fieldText(doc, 'accepted_at')),
    doneAt: datePart(fieldText(doc, 'done_at')),
    follows: linkRefs(doc, 'follows', file).map((l) => ({ ...l, written: detach(l.written)! })),
    links: linkRefs(doc, 'links', file).map((l) => ({ ...l, written: detach(l.written)! })),
    next: type?.next ?? [],
    nextWithinDays: type?.nextWithinDays ?? DEFAULT_NEXT_WITHIN_DAYS,
    anchor,
    severities,
  };
}

/** `2026-11-12` of `2026-11-12` or `2026-11-12T09:30:00Z`. */
function datePart(value: string | undefined): string | undefined {
  return value === undefined ? undefined : detach(/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]);
}

/** Link targets that are not among `handoffs`: the adapter tells `lintWorkspace` which exist and which are handoffs. */
export function linkTargets(handoffs: Iterable<JourneyFacts>): string[] {
  const all = [...handoffs];
  const known = new Set(all.map((h) => h.file));
  const targets = new Set<string>();
  for (const h of all) for (const link of [...h.follows, ...h.links]) if (link.path !== undefined && !known.has(link.path)) targets.add(link.path);
  return [...targets].sort();
}

export interface WorkspaceLintOptions {
  /** What `linkTargets` named and exists; any other target is missing. */
  readonly targets: ReadonlyMap<string, TargetKind>;
  readonly today: string;
}

/** Every cross-document problem, by file (only files with problems appear). */
export function lintWorkspace(handoffs: Iterable<JourneyFacts> | JourneyGraph, options: WorkspaceLintOptions): Map<string, LintIssue[]> {
  const graph = 'nodes' in handoffs ? handoffs : buildJourneyGraph(handoffs);
  const issues = new Map<string, LintIssue[]>();
  for (const { meta, check } of WORKSPACE_RULES) {
    check({
      graph,
      targets: options.targets,
      today: options.today,
      report: (file: string, r: Report) => {
        const severity = graph.nodes.get(file)?.severities[meta.id] ?? meta.defaultSeverity;
        if (severity === 'off') return;
        const list = issues.get(file) ?? [];
        const message = formatMessage(meta.messages[r.messageId] ?? r.messageId, r.data);
        list.push({ ruleId: meta.id, severity, message, messageId: r.messageId, ...(r.data ? { data: r.data } : {}), range: r.range, fixes: r.fixes ?? [] });
        issues.set(file, list);
      },
    });
  }
  return issues;
}
