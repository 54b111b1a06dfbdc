// `handoff graph` output: Mermaid (renders in GitHub Markdown), Graphviz DOT, and JSON. Edges go
// from a handoff to its follower; each journey is a subgraph named after it.
import type { JourneyGraph } from '../../core/index';

export interface GraphNode {
  /** As in `handoff lint --format json`: relative to the repository root. */
  readonly file: string;
  readonly type: string | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly journey: string | null;
}

export interface GraphJson {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

/** The graph with files shown through `show` (absolute path → reported path). */
export function graphJson(graph: JourneyGraph, show: (path: string) => string): GraphJson {
  const nodes = [...graph.nodes.values()]
    .map((h) => ({ file: show(h.file), type: h.type ?? null, title: h.title ?? null, status: h.status ?? null, journey: graph.journeyOf.get(h.file)?.name ?? null }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { nodes, edges: graph.edges.map((e) => ({ from: show(e.from), to: show(e.to) })) };
}

export function formatGraphJson(json: GraphJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Journeys first (one subgraph each, stages in order), then lone handoffs; node ids n1, n2, … by file. */
function layout(json: GraphJson): { id: Map<string, string>; journeys: [string, GraphNode[]][]; lone: GraphNode[] } {
  const id = new Map(json.nodes.map((n, i) => [n.file, `n${i + 1}`]));
  const journeys = new Map<string, GraphNode[]>();
  const lone: GraphNode[] = [];
  for (const node of json.nodes) {
    if (node.journey === null) lone.push(node);
    else journeys.set(node.journey, [...(journeys.get(node.journey) ?? []), node]);
  }
  return { id, journeys: [...journeys], lone };
}

/**
 * Mermaid label text inside `"…"`: entity codes for what Mermaid or GitHub's renderer would read
 * as syntax or HTML, and no line breaks (a label is one line per field).
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .trim();
}

export function formatMermaid(json: GraphJson): string {
  const { id, journeys, lone } = layout(json);
  const label = (n: GraphNode) => `${id.get(n.file)}["${mermaidText(n.title ?? n.file)}<br/>${mermaidText(n.status ?? 'no status')}"]`;
  const lines = ['flowchart LR'];
  journeys.forEach(([name, nodes], i) => {
    lines.push(`  subgraph j${i + 1}["${mermaidText(name)}"]`, ...nodes.map((n) => `    ${label(n)}`), '  end');
  });
  lines.push(...lone.map((n) => `  ${label(n)}`));
  lines.push(...json.edges.map((e) => `  ${id.get(e.from)} --> ${id.get(e.to)}`));
  return `${lines.join('\n')}\n`;
}

/** A DOT string literal: backslashes and quotes escaped, no line breaks. */
export function dotString(text: string): string {
  return `"${text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function formatDot(json: GraphJson): string {
  const { journeys, lone } = layout(json);
  // Two label lines: DOT's own `\n` escape between the escaped title and status.
  const text = (n: GraphNode) => `"${[n.title ?? n.file, `(${n.status ?? 'no status'})`].map((t) => dotString(t).slice(1, -1)).join('\\n')}"`;
  const node = (n: GraphNode) => `${dotString(n.file)} [label=${text(n)}];`;
  const lines = ['digraph handoffs {', '  rankdir=LR;', '  node [shape=box];'];
  journeys.forEach(([name, nodes], i) => {
    lines.push(`  subgraph cluster_${i + 1} {`, `    label=${dotString(name)};`, ...nodes.map((n) => `    ${node(n)}`), '  }');
  });
  lines.push(...lone.map((n) => `  ${node(n)}`));
  lines.push(...json.edges.map((e) => `  ${dotString(e.from)} -> ${dotString(e.to)};`));
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
