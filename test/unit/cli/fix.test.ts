// handoff lint --fix: every fix applied, only the fixes' bytes changed, files replaced atomically.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runLint } from '../../../src/cli/run-lint';
import { writeFileAtomic } from '../../../src/cli/node-file-system';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

async function fix(name: string, bytes: Uint8Array | string, extra: string[] = []) {
  const files = new MemoryFileSystem({ [`/work/${name}`]: bytes });
  const run = await runInMemory(['--fix', ...extra], files, runLint);
  return { run, bytes: Buffer.from(await files.readFile(`/work/${name}`)) };
}

/** The one status typo the fix corrects; everything else must come back byte for byte. */
const typo = handoffDoc({ status: 'opne' });

describe('handoff lint --fix', () => {
  it('applies the fixes, writes the file and reports what is left', async () => {
    const { run, bytes } = await fix('a.md', typo.replace('## Context\n\nFinance is busy with the ERP roll-out.\n', '## Context\n\n'));
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(bytes.toString(), typo.replace('status: opne', 'status: open').replace('## Context\n\nFinance is busy with the ERP roll-out.\n', '## Context\n\n'));
    assert.match(run.stdout, /^Fixed 1 file\.\n/);
    assert.match(run.stdout, /warning {2}.*empty-section/);
  });

  it('changes only the edited bytes with CRLF line breaks, a byte-order mark and commented YAML', async () => {
    const commented = typo.replace('status: opne', 'status: opne   # was "in progress"\n# owner is on leave until June');
    const cases: [string, string, string][] = [
      ['crlf.md', typo.replace(/\n/g, '\r\n'), typo.replace(/\n/g, '\r\n').replace('status: opne', 'status: open')],
      ['bom.md', `\uFEFF${typo}`, `\uFEFF${typo.replace('status: opne', 'status: open')}`],
      ['comments.md', commented, commented.replace('status: opne', 'status: open')],
      ['all.md', `\uFEFF${commented.replace(/\n/g, '\r\n')}`, `\uFEFF${commented.replace(/\n/g, '\r\n').replace('status: opne', 'status: open')}`],
    ];
    for (const [name, before, after] of cases) {
      const { run, bytes } = await fix(name, Buffer.from(before, 'utf8'));
      assert.equal(run.code, 0, `${name}: ${run.stdout}`);
      assert.deepEqual(bytes, Buffer.from(after, 'utf8'), name);
    }
  });

  it('applies fixes that need several passes, and leaves files without fixes untouched', async () => {
    const files = new MemoryFileSystem({ '/work/a.md': handoffDoc({ status: 'opne', noOwner: true }), '/work/clean.md': handoffDoc() });
    const mtime = (await files.stat('/work/clean.md')).mtime;
    const run = await runInMemory(['--fix', '--format', 'json'], files, runLint);
    const fixed = new TextDecoder().decode(await files.readFile('/work/a.md'));
    assert.match(fixed, /^status: open$/m);
    assert.match(fixed, /^owner:/m);
    assert.equal((await files.stat('/work/clean.md')).mtime, mtime);
    assert.deepEqual(JSON.parse(run.stdout).map((p: { rule: string }) => p.rule), []);
  });

  it('never rewrites a file that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(typo.replace('None so far.', 'None so far '), 'utf8'), Buffer.from([0xff, 0xfe, 0x0a])]);
    const { run, bytes: after } = await fix('latin.md', bytes);
    assert.deepEqual(after, bytes);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /not valid UTF-8/);
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-write-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the file, keeps its mode and leaves no temporary file', async () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, new TextEncoder().encode('new'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const target = path.join(dir, 'real.md');
    const link = path.join(dir, 'link.md');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    await writeFileAtomic(link, new TextEncoder().encode('new'));
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
  });

  it('leaves the old file and no temporary file when it cannot write', async () => {
    const file = path.join(dir, 'missing-folder', 'a.md');
    await assert.rejects(writeFileAtomic(file, new TextEncoder().encode('new')));
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});
