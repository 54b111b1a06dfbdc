// Journeys: handoffs linked by `follows`, as a graph. Edges go from a handoff to its follower.
// Everything is iterative (a 10,000-handoff chain must not overflow the stack) and linear.
import { basename } from '../util/paths';
import type { JourneyFacts } from './facts';

export interface JourneyEdge {
  readonly from: string;
  readonly to: string;
}

export interface Journey {
  /** The `journey:` field of its first handoff that has one, else its first handoff's title (else file name). */
  readonly name: string;
  /** Its handoffs in stage order: each after those it follows (ties: earlier `created`, then path). */
  readonly files: readonly string[];
}

export interface JourneyGraph {
  readonly nodes: ReadonlyMap<string, JourneyFacts>;
  readonly edges: readonly JourneyEdge[];
  /** File → the handoffs that follow it. */
  readonly followers: ReadonlyMap<string, readonly string[]>;
  /** Handoffs linked by `follows`, and lone handoffs that name a `journey:`. */
  readonly journeys: readonly Journey[];
  readonly journeyOf: ReadonlyMap<string, Journey>;
  /** Files that follow themselves through the chain. */
  readonly inCycle: ReadonlySet<string>;
}

export function buildJourneyGraph(handoffs: Iterable<JourneyFacts>): JourneyGraph {
  const nodes = new Map<string, JourneyFacts>();
  for (const h of handoffs) nodes.set(h.file, h);
  const edges: JourneyEdge[] = [];
  const followers = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const h of nodes.values()) {
    for (const target of new Set(h.follows.map((f) => f.path))) {
      if (target === undefined || !nodes.has(target)) continue;
      edges.push({ from: target, to: h.file });
      push(followers, target, h.file);
      push(predecessors, h.file, target);
    }
  }
  edges.sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
  const inCycle = cycles(nodes, predecessors);
  const linked = components(nodes, followers, predecessors).filter((files) => files.length > 1 || nodes.get(files[0]!)!.journey !== undefined);
  const journeys = linked.map((files) => {
    const ordered = stageOrder(files, nodes, predecessors, followers);
    const named = ordered.map((f) => nodes.get(f)!.journey).find((j) => j !== undefined);
    const first = nodes.get(ordered[0]!)!;
    return { name: named ?? first.title ?? basename(first.file), files: ordered };
  });
  journeys.sort((a, b) => compare(a.name, b.name) || compare(a.files[0]!, b.files[0]!));
  const journeyOf = new Map<string, Journey>();
  for (const j of journeys) for (const f of j.files) journeyOf.set(f, j);
  return { nodes, edges, followers, journeys, journeyOf, inCycle };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Connected sets of handoffs (edges in either direction), each sorted by path. */
function components(nodes: ReadonlyMap<string, JourneyFacts>, followers: ReadonlyMap<string, string[]>, predecessors: ReadonlyMap<string, string[]>): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const start of nodes.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const files: string[] = [];
    const stack = [start];
    while (stack.length) {
      const file = stack.pop()!;
      files.push(file);
      for (const next of [...(followers.get(file) ?? []), ...(predecessors.get(file) ?? [])]) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    result.push(files.sort(compare));
  }
  return result;
}

/**
 * Stage order: by depth in the `follows` chain (Kahn's algorithm: a handoff comes after everything
 * it follows), ties by earlier `created`, then path; handoffs on or after a cycle come last, by path.
 * O(n log n): one pass to find depths, one sort.
 */
function stageOrder(files: readonly string[], nodes: ReadonlyMap<string, JourneyFacts>, predecessors: ReadonlyMap<string, string[]>, followers: ReadonlyMap<string, string[]>): string[] {
  const waiting = new Map(files.map((f) => [f, predecessors.get(f)?.length ?? 0]));
  const depth = new Map<string, number>();
  const queue = files.filter((f) => waiting.get(f) === 0);
  for (const f of queue) depth.set(f, 0);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    for (const next of followers.get(file) ?? []) {
      depth.set(next, Math.max(depth.get(next) ?? 0, depth.get(file)! + 1));
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  const created = (f: string) => nodes.get(f)!.created ?? '9999';
  queue.sort((a, b) => depth.get(a)! - depth.get(b)! || compare(created(a), created(b)) || compare(a, b));
  if (queue.length < files.length) {
    const placed = new Set(queue);
    queue.push(...files.filter((f) => !placed.has(f)));
  }
  return queue;
}

/** Files on a `follows` cycle (Tarjan's strongly connected components, iteratively), self-follows included. */
function cycles(nodes: ReadonlyMap<string, JourneyFacts>, predecessors: ReadonlyMap<string, string[]>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const inCycle = new Set<string>();
  let counter = 0;
  for (const root of nodes.keys()) {
    if (index.has(root)) continue;
    const work: { file: string; next: number }[] = [{ file: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const out = predecessors.get(frame.file) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ file: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.file, Math.min(low.get(frame.file)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
      if (low.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      const selfLoop = out.includes(frame.file);
      if (component.length > 1 || selfLoop) for (const f of component) inCycle.add(f);
    }
  }
  return inCycle;
}
