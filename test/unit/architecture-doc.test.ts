// docs/ARCHITECTURE.md is the newcomer's map: it must name every folder of src/ and nothing that
// is gone. A stale path there sends people looking for code that moved.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers/repo-root';

const root = repoRoot();
const doc = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** Where a path written short (`model/`, `commands/index.ts`, `rule.ts`) may live. */
const TREES = ['src', 'test', 'bench', 'media', 'packages', 'docs'];

function entries(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

const known = TREES.flatMap(entries);

/** Folders of src/, as `src/a/b`. */
function srcFolders(): string[] {
  return entries('src').filter((f) => fs.statSync(path.join(root, f)).isDirectory());
}

/**
 * The paths the document names: `code` spans that read as a file or folder (a `/` in them, or a
 * `.ts` file), and bare src/… paths in prose. Placeholders (`<id>`), globs and built output
 * (dist/, not there before a build) are not paths to check.
 */
function namedPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  const prose = [...text.matchAll(/(?<![\w/`.-])src\/[\w./-]*[\w/]/g)].map((m) => m[0]);
  return [...new Set([...spans, ...prose])]
    .map((p) => p.replace(/[.,:;]+$/, ''))
    .filter((p) => (p.includes('/') || p.endsWith('.ts')) && !/[<>*{}()=:]/.test(p) && !/^(dist|\.|https?)/.test(p) && p !== '/');
}

/** Exists as written from the repository root, or as the tail of a path in one of TREES. */
function exists(name: string): boolean {
  const bare = name.replace(/\/$/, '');
  if (fs.existsSync(path.join(root, bare))) return true;
  return known.some((f) => f.endsWith(`/${bare}`));
}

describe('docs/ARCHITECTURE.md', () => {
  it('names only files and folders that exist', () => {
    const missing = namedPaths(doc).filter((p) => !exists(p));
    assert.deepEqual(missing, [], `ARCHITECTURE.md names paths that do not exist: ${missing.join(', ')}`);
  });

  it('maps every folder of src/', () => {
    const unmapped = srcFolders().filter((dir) => !doc.includes(`\`${dir}/\``));
    assert.deepEqual(unmapped, [], `add these folders to the map at the top of ARCHITECTURE.md: ${unmapped.join(', ')}`);
  });

  it('reads paths from code spans and prose, and leaves placeholders, globs and dist/ alone', () => {
    const text = 'See `src/core/lint/rule.ts`, `model/`, (src/vscode/commands, one) `rules/<id>.ts`, `test/*.ts`, `dist/cli.js`, `.git/info`.';
    assert.deepEqual(namedPaths(text), ['src/core/lint/rule.ts', 'model/', 'src/vscode/commands']);
    assert.equal(exists('src/core/lint/gone.ts'), false);
    assert.equal(exists('commands/index.ts'), true);
  });
});
