import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileErrorKind, findMarkdownFiles, scanHandoffs, type ScanSkip } from '../../../src/core/index';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { relative } from '../../../src/core/util/paths';
import { handoffDoc } from '../helpers/handoff-fixtures';

describe('NodeFileSystem with the scanner (real files in a temp folder)', () => {
  let root: string;
  const nodeFs = new NodeFileSystem();

  beforeEach(() => {
    root = toPortablePath(fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-scan-'))));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function write(rel: string, content: string | Uint8Array): void {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }

  const rel = (files: readonly { path: string }[]) => files.map((f) => f.path.slice(root.length + 1));

  it('lists, stats and reads through node:fs with Node error codes', async () => {
    write('a.md', 'hello');
    fs.mkdirSync(path.join(root, 'dir'));
    const entries = await nodeFs.readDirectory(root);
    assert.deepEqual(
      [...entries].sort((a, b) => a.name.localeCompare(b.name)),
      [
        { name: 'a.md', kind: 'file' },
        { name: 'dir', kind: 'directory' },
      ],
    );
    const stat = await nodeFs.stat(`${root}/a.md`);
    assert.equal(stat.kind, 'file');
    assert.equal(stat.size, 5);
    assert.equal(new TextDecoder().decode(await nodeFs.readFile(`${root}/a.md`)), 'hello');
    await assert.rejects(nodeFs.stat(`${root}/missing.md`), (e) => fileErrorKind(e) === 'not-found');
  });

  it('honours .gitignore and never enters node_modules', async () => {
    write('.gitignore', 'ignored/\n');
    write('keep/a.md', '');
    write('ignored/b.md', '');
    write('node_modules/pkg/README.md', '');
    write('keep/node_modules/c.md', '');
    assert.deepEqual(rel(await findMarkdownFiles(nodeFs, [root])), ['keep/a.md']);
  });

  it('survives a symbolic link loop and reports it', async () => {
    write('a/b/doc.md', '');
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'b', 'back-to-a'), 'dir');
    fs.symlinkSync('.', path.join(root, 'a', 'here'), 'dir');
    const skips: ScanSkip[] = [];
    const found = await findMarkdownFiles(nodeFs, [root], { onSkip: (s) => skips.push(s) });
    assert.deepEqual(rel(found), ['a/b/doc.md']);
    assert.deepEqual(skips.map((s) => s.reason).sort(), ['symlink-loop', 'symlink-loop']);
  });

  it('skips binary and too-big files, keeps handoffs', async () => {
    write('h.md', handoffDoc());
    write('bin.md', Buffer.from([1, 0, 2, 3]));
    write('big.md', Buffer.alloc(64 * 1024, 0x61));
    const skips: ScanSkip[] = [];
    const scan = await scanHandoffs(nodeFs, [root], { maxFileSize: 32 * 1024, onSkip: (s) => skips.push(s) });
    assert.deepEqual(rel(scan.handoffs), ['h.md']);
    assert.deepEqual(skips.map((s) => [s.path.slice(root.length + 1), s.reason]).sort(), [
      ['big.md', 'too-large'],
      ['bin.md', 'binary'],
    ]);
  });

  it('reads a file whose name holds a backslash (an ordinary character on POSIX)', async function () {
    if (process.platform === 'win32') this.skip();
    write('handoffs/a\\b.md', handoffDoc());
    write('handoffs/sub/c.md', handoffDoc());
    const skips: ScanSkip[] = [];
    const scan = await scanHandoffs(nodeFs, [root], { onSkip: (s) => skips.push(s) });
    assert.deepEqual(rel(scan.handoffs).sort(), ['handoffs/a\\b.md', 'handoffs/sub/c.md']);
    assert.deepEqual(skips, []);
    assert.equal(relative(root, `${root}/handoffs/a\\b.md`), 'handoffs/a\\b.md', 'shown with its own name');
  });

  it('does not open a FIFO named .md', async function () {
    if (process.platform === 'win32') this.skip();
    write('h.md', handoffDoc());
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    } catch {
      this.skip();
    }
    const scan = await scanHandoffs(nodeFs, [root]);
    assert.deepEqual(rel(scan.handoffs), ['h.md']);
  });
});
