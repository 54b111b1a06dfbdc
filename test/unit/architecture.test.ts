// Guards the layering described in docs/ARCHITECTURE.md: the core is pure, adapters meet only
// through the core's public surface, and no file grows into a god file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { repoRoot } from './helpers/repo-root';

const root = repoRoot();

function sources(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/**
 * Every file under src/ and the src/ files it imports, `import type` and `export … from` included,
 * as the TypeScript compiler's pre-processor reads them (not a regular expression).
 */
function importGraph(): Map<string, string[]> {
  // Loaded at run time: bundling the compiler into the test would add megabytes.
  const ts = createRequire(__filename)('typescript') as typeof import('typescript');
  const files = sources('src');
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | undefined => {
    const base = path.join(path.dirname(from), specifier);
    return [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => known.has(f));
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => resolve(file, i.fileName));
    graph.set(file, targets.filter((t) => t !== undefined));
  }
  return graph;
}

/** One cycle through each strongly connected group of files (Tarjan), as `a → b → a`. */
function importCycles(graph: Map<string, string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.add(member);
    } while (member !== file);
    if (group.size > 1 || graph.get(file)!.includes(file)) cycles.push(cycleThrough(file, group, graph));
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** A shortest path from `file` back to itself inside `group`. */
function cycleThrough(file: string, group: Set<string>, graph: Map<string, string[]>): string {
  const cameFrom = new Map<string, string>();
  const queue = [file];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const next of graph.get(at)!) {
      if (next === file) {
        const cycle = [at];
        while (cycle[0] !== file) cycle.unshift(cameFrom.get(cycle[0]!)!);
        return [...cycle, file].join(' → ');
      }
      if (group.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return file;
}

describe('architecture', () => {
  it('keeps src/core pure: no vscode, no node built-ins, no adapter imports', () => {
    const offenders = sources('src/core').flatMap((f) =>
      imports(f)
        .filter((i) => i === 'vscode' || i.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(i) || /\/(vscode|cli)\//.test(i))
        .map((i) => `${f} imports ${i}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('lets src/vscode and src/cli reach the core only through src/core/index.ts, and never each other', () => {
    // The GitHub Action (src/action) is a CLI front end: it may use src/cli, never src/vscode.
    const offenders = [...sources('src/vscode'), ...sources('src/cli'), ...sources('src/action')].flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .filter((i) => {
          const target = path.normalize(path.join(path.dirname(f), i));
          if (target.startsWith(path.join('src', 'core'))) return target !== path.join('src', 'core', 'index');
          const own = f.split(path.sep)[1];
          if (own === 'action' && target.startsWith(path.join('src', 'cli'))) return false;
          return !target.startsWith(path.join('src', own!));
        })
        .map((i) => `${f} imports ${i}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('has no import cycle in src/, type-only imports included', () => {
    assert.deepEqual(importCycles(importGraph()), []);
  });

  it('finds an import cycle, type-only or not', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    assert.deepEqual(importCycles(graph).sort(), ['a.ts → b.ts → c.ts → a.ts', 'd.ts → d.ts']);
  });

  it('keeps src/core/model at the bottom: it imports no other core folder', () => {
    const model = path.join('src', 'core', 'model');
    const offenders = [...importGraph()]
      .filter(([file]) => file.startsWith(model + path.sep))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith(model + path.sep)).map((t) => `${file} imports ${t}`));
    assert.deepEqual(offenders, []);
  });

  it('keeps every source file under 300 lines (tests under 400) and extension.ts under 80', () => {
    // Data, not logic: a table reads best whole.
    const dataTables = new Map([[path.join('src', 'core', 'types', 'builtin-types.ts'), 'the built-in handoff types, pure data']]);
    const limit = (f: string) =>
      f.endsWith(path.join('vscode', 'extension.ts')) ? 80 : dataTables.has(f) ? Infinity : f.startsWith(`src${path.sep}`) ? 300 : 400;
    const long = [...sources('src'), ...sources('test/unit')]
      .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), 'utf8').split('\n').length }))
      .filter(({ f, lines }) => lines > limit(f))
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    assert.deepEqual(long, []);
  });

  it('has one rule file per registered rule, named by its id', async () => {
    const { RULE_IDS } = await import('../../src/core/index');
    const files = fs.readdirSync(path.join(root, 'src/core/rules')).map((f) => f.replace(/\.ts$/, '')).sort();
    assert.deepEqual(files, [...RULE_IDS].sort());
  });
});
