import assert from 'node:assert/strict';
import ignore from 'ignore';
import { findMarkdownFiles } from '../../../src/core/index';
import { ignoreLevel, isIgnored } from '../../../src/core/index/gitignore';
import { MemoryFileSystem } from '../helpers/memory-file-system';

// Patterns and paths on which our matcher must agree with the `ignore` package (git's semantics
// as that package implements them), which it replaced for speed on adversarial patterns.
const PATTERNS = [
  'build/', '*.log', '/root.md', 'docs/*.md', 'a/**/b', '**/tmp', 'x/**', 'x/**/', '!keep.md', 'foo', 'f?o.md', '[abc].md',
  '[!a-c]z.md', 'sp\\ ace ', '\\#hash.md', '\\!bang.md', 'a/*/c', '*', '**', 'deep/**/end/', 'UPPER.md', 'a//b', '# comment', '', 'trail   ',
  'lit[.md', 'dir/sub/', '**/*.draft.md', 'n*d*e.md',
];
const PATHS = [
  'build', 'build/a.md', 'x.log', 'logs/x.log', 'root.md', 'sub/root.md', 'docs/a.md', 'docs/sub/a.md', 'a/b', 'a/x/y/b', 'a/bb', 'tmp/x.md',
  'q/tmp/x.md', 'x', 'x/a.md', 'x/y/z.md', 'keep.md', 'foo', 'bar/foo', 'foo/x.md', 'fxo.md', 'fo.md', 'a.md', 'd.md', 'dz.md', 'az.md',
  'sp ace', '#hash.md', '!bang.md', 'a/q/c', 'a/q/r/c', 'deep/end', 'deep/1/2/end', 'deep/1/end/x.md', 'upper.md', 'lit[.md', 'dir/sub',
  'dir/sub/x.md', 'n/d/e.md', 'notes/x.draft.md', 'trail', 'nxdye.md',
];

describe('gitignore matching', () => {
  it('agrees with the ignore package on ordinary patterns, one by one and all together', () => {
    for (const pattern of [...PATTERNS.map((p) => [p]), PATTERNS, ['*.md', '!keep.md', 'docs/', '!docs/a.md']]) {
      const oracle = ignore().add(pattern);
      const ours = ignoreLevel('/r', pattern);
      for (const path of PATHS) {
        for (const isFolder of [false, true]) {
          const expected = oracle.test(isFolder ? `${path}/` : path);
          const actual = ours.matcher.test(path, isFolder);
          assert.deepEqual(
            { ignored: actual.ignored, unignored: actual.unignored },
            { ignored: expected.ignored, unignored: expected.unignored },
            `${JSON.stringify(pattern)} on ${path}${isFolder ? '/' : ''}`,
          );
        }
      }
    }
  });

  it('matches in linear time where a backtracking regex takes minutes', () => {
    const deep = Array.from({ length: 40 }, () => 'a').join('/');
    const adversarial = [`${'a/**/'.repeat(10)}b`, `${'*a'.repeat(30)}b`, `${'**/'.repeat(50)}b`, `${'[a]*'.repeat(20)}b`];
    for (const pattern of adversarial) {
      const level = ignoreLevel('/r', pattern);
      // Hang detection only (2 s, against some milliseconds): the regexes this replaced ran for minutes.
      const started = Date.now();
      assert.equal(isIgnored([level], `/r/${deep}/x.md`, false), false, pattern);
      assert.equal(isIgnored([level], `/r/${'a'.repeat(200)}`, false), false, pattern);
      assert.ok(Date.now() - started < 2000, `${pattern}: ${Date.now() - started} ms`);
    }
    assert.equal(isIgnored([ignoreLevel('/r', `${'a/**/'.repeat(10)}b`)], `/r/${deep}/b`, false), true);
  });

  it('scans a 40-deep tree under a hostile .gitignore', async () => {
    const deep = Array.from({ length: 40 }, () => 'a').join('/');
    const fs = new MemoryFileSystem({ '/r/.gitignore': `${'a/**/'.repeat(10)}b\n`, [`/r/${deep}/x.md`]: '', [`/r/${deep}/b/y.md`]: '' });
    assert.deepEqual((await findMarkdownFiles(fs, ['/r'])).map((f) => f.path), [`/r/${deep}/x.md`]);
  });

  it('honours .git/info/exclude, below every .gitignore', async () => {
    const fs = new MemoryFileSystem({
      '/repo/.git/info/exclude': '# local only\nscratch/\n*.local.md\n',
      '/repo/.gitignore': '!keep.local.md\n',
      '/repo/a.md': '',
      '/repo/scratch/b.md': '',
      '/repo/notes/c.local.md': '',
      '/repo/notes/keep.local.md': '',
    });
    const expected = ['/repo/a.md', '/repo/notes/keep.local.md'];
    assert.deepEqual((await findMarkdownFiles(fs, ['/repo'])).map((f) => f.path), expected);
    assert.deepEqual((await findMarkdownFiles(fs, ['/repo/notes'])).map((f) => f.path), ['/repo/notes/keep.local.md']);
  });
});
