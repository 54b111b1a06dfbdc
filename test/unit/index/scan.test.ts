import assert from 'node:assert/strict';
import { findMarkdownFiles, scanHandoffs, type ScanSkip } from '../../../src/core/index';
import { handoffDoc, PLAIN_MARKDOWN } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

async function paths(fs: MemoryFileSystem, roots: Parameters<typeof findMarkdownFiles>[1], options: Parameters<typeof findMarkdownFiles>[2] = {}) {
  return (await findMarkdownFiles(fs, roots, options)).map((f) => f.path);
}

function collect(): { skips: ScanSkip[]; onSkip: (s: ScanSkip) => void } {
  const skips: ScanSkip[] = [];
  return { skips, onSkip: (s) => skips.push(s) };
}

describe('findMarkdownFiles', () => {
  it('finds .md and .markdown files, sorted, with size and mtime', async () => {
    const fs = new MemoryFileSystem({ '/r/b.md': 'b', '/r/a/c.markdown': 'cc', '/r/notes.txt': 'x', '/r/README.MD': 'r' });
    const found = await findMarkdownFiles(fs, ['/r']);
    assert.deepEqual(
      found.map((f) => [f.path, f.size]),
      [['/r/README.MD', 1], ['/r/a/c.markdown', 2], ['/r/b.md', 1]],
    );
    assert.ok(found.every((f) => f.mtime > 0));
  });

  it('never enters node_modules or .git', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/node_modules/pkg/README.md': '', '/r/sub/node_modules/x.md': '', '/r/.git/notes.md': '' });
    assert.deepEqual(await paths(fs, ['/r']), ['/r/a.md']);
    assert.ok(!fs.calls.some((c) => c.includes('node_modules') || (c.includes('.git/') && c !== 'readFile /r/.git/info/exclude')), 'excluded folders are not even listed');
  });

  it('honours .gitignore files at every level, deeper ones winning, with negation', async () => {
    const fs = new MemoryFileSystem({
      '/r/.gitignore': 'build/\n*.draft.md\nprivate.md\n',
      '/r/a.md': '',
      '/r/x.draft.md': '',
      '/r/build/b.md': '',
      '/r/docs/.gitignore': '!keep.draft.md\nlocal/\n',
      '/r/docs/keep.draft.md': '',
      '/r/docs/other.draft.md': '',
      '/r/docs/local/c.md': '',
      '/r/docs/private.md': '',
      '/r/docs/d.md': '',
    });
    assert.deepEqual(await paths(fs, ['/r']), ['/r/a.md', '/r/docs/d.md', '/r/docs/keep.draft.md']);
    assert.ok(!fs.calls.includes('readDirectory /r/build'), 'an ignored folder is not entered');
  });

  it('applies .gitignore files of enclosing folders up to the repository root', async () => {
    const fs = new MemoryFileSystem({
      '/repo/.git/HEAD': '',
      '/repo/.gitignore': 'drafts/\n',
      '/repo/notes/a.md': '',
      '/repo/notes/drafts/b.md': '',
      '/.gitignore': 'notes/\n', // above the repository: not applied
    });
    assert.deepEqual(await paths(fs, ['/repo/notes']), ['/repo/notes/a.md']);
  });

  it('scans a folder given by name even when an enclosing .gitignore ignores it', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/.gitignore': 'notes/\n', '/repo/notes/a.md': '' });
    assert.deepEqual(await paths(fs, ['/repo/notes']), ['/repo/notes/a.md']);
    assert.deepEqual(await paths(fs, ['/repo']), []);
  });

  it('ignores .gitignore files when asked to', async () => {
    const fs = new MemoryFileSystem({ '/r/.gitignore': '*.md\n', '/r/a.md': '' });
    assert.deepEqual(await paths(fs, ['/r'], { respectGitignore: false }), ['/r/a.md']);
  });

  it('applies exclude globs relative to each root: `*` within a folder, `**` across, braces', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/archive/b.md': '', '/r/x/archive/c.md': '', '/r/x/d.md': '', '/r/dist/e.md': '', '/r/x/out/f.md': '' });
    assert.deepEqual(await paths(fs, ['/r'], { exclude: ['**/archive'] }), ['/r/a.md', '/r/dist/e.md', '/r/x/d.md', '/r/x/out/f.md']);
    assert.deepEqual(await paths(fs, ['/r'], { exclude: ['archive/'] }), ['/r/a.md', '/r/dist/e.md', '/r/x/archive/c.md', '/r/x/d.md', '/r/x/out/f.md']);
    assert.deepEqual(await paths(fs, ['/r'], { exclude: ['**/{dist,out}'] }), ['/r/a.md', '/r/archive/b.md', '/r/x/archive/c.md', '/r/x/d.md']);
    assert.deepEqual(await paths(fs, ['/r'], { exclude: ['*/*.md'] }), ['/r/a.md', '/r/x/archive/c.md', '/r/x/out/f.md']);
    assert.deepEqual(await paths(fs, ['/r'], { exclude: ['**/*.md', '!x/d.md'] }), ['/r/x/d.md']);
  });

  it('keeps only files matching a root’s include globs, anchored at the root', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/h/b.md': '', '/r/h/deep/c.md': '' });
    assert.deepEqual(await paths(fs, [{ path: '/r', include: ['*.md'] }]), ['/r/a.md']);
    assert.deepEqual(await paths(fs, [{ path: '/r', include: ['h/*.md'] }]), ['/r/h/b.md']);
    assert.deepEqual(await paths(fs, [{ path: '/r', include: ['**/*.md'] }]), ['/r/a.md', '/r/h/b.md', '/r/h/deep/c.md']);
  });

  it('takes an explicit file root whatever its extension, and each file once', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/notes.txt': '' });
    assert.deepEqual(await paths(fs, ['/r/notes.txt', '/r', '/r/a.md']), ['/r/a.md', '/r/notes.txt']);
  });

  it('reports a missing root and goes on', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '' });
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/nope', '/r'], { onSkip }), ['/r/a.md']);
    assert.deepEqual(skips, [{ path: '/nope', reason: 'not-found', message: 'no such file or folder' }]);
  });

  it('tolerates an unreadable folder (EACCES) with one message', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/secret/b.md': '', '/r/z/c.md': '' }).fail('readDirectory', '/r/secret', 'EACCES');
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a.md', '/r/z/c.md']);
    assert.deepEqual(skips, [{ path: '/r/secret', reason: 'unreadable', message: 'folder cannot be read: permission denied' }]);
  });

  for (const sync of [false, true]) {
    it(`tolerates a file deleted between listing and stat, and an unstattable one${sync ? ' (synchronous reads)' : ''}`, async () => {
      const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/gone.md': '', '/r/locked.md': '' }).fail('stat', '/r/locked.md', 'EACCES');
      if (sync) fs.synchronous();
      fs.beforeOperation = (op, path) => {
        if (op === 'stat' && path === '/r/gone.md') fs.remove(path);
      };
      const { skips, onSkip } = collect();
      assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a.md']);
      assert.deepEqual(skips.map((s) => [s.path, s.reason]), [['/r/gone.md', 'vanished'], ['/r/locked.md', 'unreadable']]);
      assert.match(skips[0]!.message, /deleted during the scan/);
    });
  }

  it('tolerates a folder deleted between listing and reading it', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/r/tmp/b.md': '' });
    fs.beforeOperation = (op, path) => {
      if (op === 'readDirectory' && path === '/r/tmp') fs.remove(path);
    };
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a.md']);
    assert.deepEqual(skips.map((s) => [s.path, s.reason]), [['/r/tmp', 'vanished']]);
  });

  it('skips a file over the size cap with one clear message', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': 'ok', '/r/huge.md': new Uint8Array(3 * 1024 * 1024) });
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a.md']);
    assert.deepEqual(skips, [{ path: '/r/huge.md', reason: 'too-large', message: 'is 3 MB, over the 2 MB size limit for Markdown files; not read' }]);
    assert.deepEqual(await paths(fs, ['/r'], { maxFileSize: 1 }), []);
  });

  it('never follows a symbolic link loop, and reports it once', async () => {
    const fs = new MemoryFileSystem({ '/r/a/b.md': '' }).symlink('/r/a/loop', '..').symlink('/r/a/self', '.');
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a/b.md']);
    assert.deepEqual(skips.map((s) => [s.path, s.reason]), [['/r/a/loop', 'symlink-loop'], ['/r/a/self', 'symlink-loop']]);
  });

  it('follows links to folders inside the root once, preferring real paths', async () => {
    const fs = new MemoryFileSystem({ '/r/real/a.md': '', '/r/real/sub/c.md': '' })
      .symlink('/r/alias', 'real')
      .symlink('/r/sub-alias', 'real/sub')
      .symlink('/r/b.md', 'real/a.md')
      .symlink('/r/dangling.md', 'nowhere.md');
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/real/a.md', '/r/real/sub/c.md']);
    assert.deepEqual(skips.map((s) => [s.path, s.reason]), [['/r/dangling.md', 'unreadable']]);
  });

  it('never follows a link to a folder outside the root, but reads a linked Markdown file from anywhere', async () => {
    const fs = new MemoryFileSystem({ '/r/a.md': '', '/shared/s.md': '', '/shared/deep/t.md': '', '/etc/x.md': '' })
      .symlink('/r/shared', '/shared')
      .symlink('/r/everything', '/')
      .symlink('/r/up', '..')
      .symlink('/r/s.md', '/shared/s.md');
    const { skips, onSkip } = collect();
    assert.deepEqual(await paths(fs, ['/r'], { onSkip }), ['/r/a.md', '/r/s.md']);
    assert.deepEqual(skips.map((s) => [s.path, s.reason]).sort(), [
      ['/r/everything', 'outside-root'],
      ['/r/shared', 'outside-root'],
      ['/r/up', 'outside-root'],
    ]);
    assert.ok(!fs.calls.some((c) => c.startsWith('readDirectory /shared') || c === 'readDirectory /'), 'nothing outside the root is listed');
    // A root reached through a link is bounded by its real path.
    const linkedRoot = new MemoryFileSystem({ '/real/r/a.md': '', '/real/other/b.md': '' }).symlink('/r', '/real/r').symlink('/real/r/other', '../other');
    assert.deepEqual(await paths(linkedRoot, ['/r']), ['/r/a.md']);
  });

  it('does not follow linked folders when the file system has no realpath', async () => {
    const memory = new MemoryFileSystem({ '/r/a.md': '', '/elsewhere/b.md': '' }).symlink('/r/link', '/elsewhere');
    const fs = { readFile: memory.readFile.bind(memory), readDirectory: memory.readDirectory.bind(memory), stat: memory.stat.bind(memory) };
    assert.deepEqual((await findMarkdownFiles(fs, ['/r'])).map((f) => f.path), ['/r/a.md']);
  });

  it('stops early when its signal is aborted', async () => {
    const fs = new MemoryFileSystem({ '/r/a/x.md': '', '/r/b/y.md': '' });
    const signal = { aborted: false };
    fs.beforeOperation = () => {
      signal.aborted = true;
    };
    assert.deepEqual(await paths(fs, ['/r'], { signal }), []);
  });
});

describe('scanHandoffs', () => {
  it('keeps handoffs and drops other Markdown after reading its front-matter only', async () => {
    const fs = new MemoryFileSystem({
      '/r/h.md': handoffDoc(),
      '/r/notes.md': PLAIN_MARKDOWN,
      '/r/meeting.md': '---\ntitle: Meeting\n---\n# Meeting\n',
    });
    const scan = await scanHandoffs(fs, ['/r']);
    assert.deepEqual(scan.handoffs.map((h) => h.path), ['/r/h.md']);
    assert.equal(scan.markdownFiles, 3);
    const [h] = scan.handoffs;
    assert.equal(h!.header.type, 'generic');
    assert.equal(h!.invalidUtf8, false);
    assert.equal(h!.text, handoffDoc());
  });

  it('skips a binary file named .md (NUL bytes in the first 8 KB)', async () => {
    const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);
    const fs = new MemoryFileSystem({ '/r/image.md': binary, '/r/h.md': handoffDoc() });
    const { skips, onSkip } = collect();
    const scan = await scanHandoffs(fs, ['/r'], { onSkip });
    assert.deepEqual(scan.handoffs.map((h) => h.path), ['/r/h.md']);
    assert.deepEqual(skips, [{ path: '/r/image.md', reason: 'binary', message: 'looks like a binary file (it contains NUL bytes); not read' }]);
    assert.deepEqual(scan.skipped, skips);
  });

  it('decodes invalid UTF-8 leniently and says so', async () => {
    const bytes = new TextEncoder().encode(handoffDoc());
    const bad = new Uint8Array([...bytes, 0xff, 0xfe, 0x0a]);
    const scan = await scanHandoffs(new MemoryFileSystem({ '/r/h.md': bad }), ['/r']);
    assert.equal(scan.handoffs.length, 1);
    assert.equal(scan.handoffs[0]!.invalidUtf8, true);
    assert.ok(scan.handoffs[0]!.text.includes('\uFFFD'));
  });

  it('keeps a byte-order mark for readHeader to record', async () => {
    const scan = await scanHandoffs(new MemoryFileSystem({ '/r/h.md': `\uFEFF${handoffDoc()}` }), ['/r']);
    assert.equal(scan.handoffs[0]!.header.hasBom, true);
  });

  for (const sync of [false, true]) {
    it(`tolerates a file deleted between listing and reading, and an unreadable file${sync ? ' (synchronous reads)' : ''}`, async () => {
      const fs = new MemoryFileSystem({ '/r/a.md': handoffDoc(), '/r/gone.md': handoffDoc(), '/r/locked.md': handoffDoc() });
      if (sync) fs.synchronous();
      fs.fail('readFile', '/r/locked.md', 'EACCES');
      fs.beforeOperation = (op, path) => {
        if (op === 'readFile' && path === '/r/gone.md') fs.remove(path);
      };
      const scan = await scanHandoffs(fs, ['/r']);
      assert.deepEqual(scan.handoffs.map((h) => h.path), ['/r/a.md']);
      assert.deepEqual(scan.skipped.map((s) => [s.path, s.reason]), [['/r/gone.md', 'vanished'], ['/r/locked.md', 'unreadable']]);
    });
  }

  it('reads at most `concurrency` files at once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`/r/h${i}.md`] = handoffDoc();
    const fs = new MemoryFileSystem(files);
    let inFlight = 0;
    let peak = 0;
    const readFile = fs.readFile.bind(fs);
    fs.readFile = async (path: string) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return readFile(path);
    };
    const scan = await scanHandoffs(fs, ['/r'], { concurrency: 3 });
    assert.equal(scan.handoffs.length, 20);
    assert.ok(peak <= 3 && peak > 1, `peak ${peak}`);
  });
});
