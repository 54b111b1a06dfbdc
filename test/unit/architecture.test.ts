// Guards the layering described in docs/ARCHITECTURE.md: the core is pure, adapters meet only
// through the core's public surface, and no file grows into a god file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
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
    // src/node (Node implementations of core ports) serves the CLI and the desktop host (vscode/node) only.
    const offenders = [...sources('src/vscode'), ...sources('src/cli'), ...sources('src/action'), ...sources('src/node')].flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .filter((i) => {
          const target = path.normalize(path.join(path.dirname(f), i));
          if (target.startsWith(path.join('src', 'core'))) return target !== path.join('src', 'core', 'index');
          const own = f.split(path.sep)[1];
          if (own === 'action' && target.startsWith(path.join('src', 'cli'))) return false;
          if (target.startsWith(path.join('src', 'node') + path.sep)) return !(own === 'node' || own === 'cli' || f.startsWith(path.join('src', 'vscode', 'node')));
          return !target.startsWith(path.join('src', own!));
        })
        .map((i) => `${f} imports ${i}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('keeps every source file under 400 lines and extension.ts under 80', () => {
    const long = [...sources('src'), ...sources('test/unit')]
      .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), 'utf8').split('\n').length }))
      .filter(({ f, lines }) => lines > (f.endsWith(path.join('vscode', 'extension.ts')) ? 80 : 400))
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    assert.deepEqual(long, []);
  });

  it('has one rule file per registered rule, named by its id', async () => {
    const { RULE_IDS } = await import('../../src/core/index');
    const files = fs.readdirSync(path.join(root, 'src/core/rules')).map((f) => f.replace(/\.ts$/, '')).sort();
    assert.deepEqual(files, [...RULE_IDS].sort());
  });
});
