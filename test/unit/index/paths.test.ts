import assert from 'node:assert/strict';
import { basename, dirname, extname, isAbsolute, isWithin, join, normalize, relative } from '../../../src/core/util/paths';

describe('core path helpers', () => {
  it('normalizes separators, dots and double slashes', () => {
    assert.equal(normalize('/a//b/./c/../d'), '/a/b/d');
    assert.equal(normalize('C:\\repo\\x\\..\\y'), 'C:/repo/y');
    assert.equal(normalize('/..'), '/');
    assert.equal(normalize('a/../..'), '..');
  });

  it('joins, restarting at an absolute segment', () => {
    assert.equal(join('/repo', 'notes', 'a.md'), '/repo/notes/a.md');
    assert.equal(join('/repo', '../other'), '/other');
    assert.equal(join('/repo', '/abs/x'), '/abs/x');
    assert.equal(join('/repo', '.'), '/repo');
  });

  it('takes dirname and basename of POSIX and drive paths', () => {
    assert.equal(dirname('/repo/a.md'), '/repo');
    assert.equal(dirname('/repo'), '/');
    assert.equal(dirname('/'), '/');
    assert.equal(dirname('C:/repo'), 'C:/');
    assert.equal(basename('/repo/a.md'), 'a.md');
    assert.equal(basename('/'), '');
    assert.equal(extname('/repo/A.MD'), '.md');
    assert.equal(extname('/repo/.gitignore'), '');
  });

  it('computes relative paths', () => {
    assert.equal(relative('/repo', '/repo/notes/a.md'), 'notes/a.md');
    assert.equal(relative('/repo/x', '/repo/y/a.md'), '../y/a.md');
    assert.equal(relative('/repo', '/repo'), '');
    assert.equal(relative('C:/repo', 'D:/x'), 'D:/x');
    assert.ok(isAbsolute('C:/x') && isAbsolute('/x') && !isAbsolute('x'));
    assert.ok(isWithin('/repo', '/repo/a') && isWithin('/repo', '/repo') && !isWithin('/repo', '/repository'));
  });
});
