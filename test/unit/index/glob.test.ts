import assert from 'node:assert/strict';
import { globMatcher, matchesPathOrFolder, splitGlob } from '../../../src/core/index';

describe('globs', () => {
  const base = '/ws';
  const matches = (globs: string[], rel: string) => globMatcher(base, globs)(`${base}/${rel}`);

  it('keeps `*` within one folder and lets `**` cross folders', () => {
    assert.equal(matches(['*.md'], 'a.md'), true);
    assert.equal(matches(['*.md'], 'x/a.md'), false);
    assert.equal(matches(['**/*.md'], 'x/y/a.md'), true);
    assert.equal(matches(['**/*.md'], 'a.md'), true);
  });

  it('expands braces and honours negations', () => {
    assert.equal(matches(['**/{dist,out}'], 'dist'), true);
    assert.equal(matches(['**/{dist,out}'], 'pkg/out'), true);
    assert.equal(matches(['**/{dist,out}'], 'pkg/output'), false);
    assert.equal(matches(['docs/**', '!docs/keep.md'], 'docs/keep.md'), false);
    assert.equal(matches(['docs/**', '!docs/keep.md'], 'docs/drop.md'), true);
  });

  it('matches dot files, and never paths outside the base or the base itself', () => {
    assert.equal(matches(['**/*.md'], '.github/a.md'), true);
    assert.equal(globMatcher(base, ['**'])('/elsewhere/a.md'), false);
    assert.equal(globMatcher(base, ['**'])(base), false);
  });

  it('excludes a file under an excluded folder, as the editor settings mean', () => {
    const excluded = globMatcher(base, ['**/{dist,out}', 'node_modules']);
    assert.equal(matchesPathOrFolder(excluded, base, '/ws/pkg/dist/notes/a.md'), true);
    assert.equal(matchesPathOrFolder(excluded, base, '/ws/node_modules/x/a.md'), true);
    assert.equal(matchesPathOrFolder(excluded, base, '/ws/pkg/distant/a.md'), false);
    assert.equal(matchesPathOrFolder(excluded, base, '/other/dist/a.md'), false);
  });

  it('splits a glob into its fixed folder and the pattern', () => {
    assert.deepEqual(splitGlob('docs/{a,b}.md'), { base: 'docs', glob: '{a,b}.md' });
    assert.deepEqual(splitGlob('*.md'), { base: '', glob: '*.md' });
    assert.deepEqual(splitGlob('docs/a.md'), { base: 'docs/a.md', glob: '' });
  });
});
