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

/** A handoff missing its `Open questions` section: inserting it is the fix `--fix` applies. */
const SECTION = '## Open questions\n\nNone so far.\n\n';
const missing = handoffDoc().replace(SECTION, '');

/** The text with the inserted section taken out again: what must come back byte for byte. */
function withoutInserted(text: string, eol = '\n'): string {
  const at = text.indexOf(`## Open questions${eol}`);
  assert.ok(at >= 0, `no section inserted in ${JSON.stringify(text)}`);
  const next = text.indexOf('## Checklist', at);
  return text.slice(0, at) + text.slice(next);
}

describe('handoff lint --fix', () => {
  it('applies the fixes, writes the file and reports what is left', async () => {
    const before = missing.replace('## Context\n\nFinance is busy with the ERP roll-out.\n', '## Context\n\n');
    const { run, bytes } = await fix('a.md', before);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const after = bytes.toString();
    assert.ok(after.indexOf('## Open questions') < after.indexOf('## Checklist'));
    assert.equal(withoutInserted(after), before);
    assert.match(run.stdout, /^Fixed 1 file\.\n/);
    assert.match(run.stdout, /warning {2}.*empty-section/);
  });

  it('changes only the edited bytes with CRLF line breaks, a byte-order mark and commented YAML', async () => {
    const commented = missing.replace('status: open', 'status: open   # was "in progress"\n# owner is on leave until June');
    const cases: [string, string, string][] = [
      ['crlf.md', missing.replace(/\n/g, '\r\n'), '\r\n'],
      ['cr.md', missing.replace(/\n/g, '\r'), '\r'],
      ['bom.md', `\uFEFF${missing}`, '\n'],
      ['comments.md', commented, '\n'],
      ['all.md', `\uFEFF${commented.replace(/\n/g, '\r\n')}`, '\r\n'],
    ];
    for (const [name, before, eol] of cases) {
      const { run, bytes } = await fix(name, Buffer.from(before, 'utf8'));
      assert.equal(run.code, 0, `${name}: ${run.stdout}`);
      const after = bytes.toString('utf8');
      assert.equal(withoutInserted(after, eol), before, name);
      if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(after), `${name}: a bare LF was inserted`);
      if (eol === '\r') assert.ok(!after.includes('\n'), `${name}: an LF was inserted`);
    }
  });

  it('never applies a suggestion: a guessed status or type, a placeholder value, an item ticked off', async () => {
    const guesses = handoffDoc({ status: 'opne', noOwner: true });
    const ticked = handoffDoc({ status: 'accepted', checklist: [true, false] });
    const unknownType = handoffDoc({ type: 'generik' });
    const files = new MemoryFileSystem({ '/work/a.md': guesses, '/work/b.md': ticked, '/work/c.md': unknownType });
    const run = await runInMemory(['--fix', '--format', 'json'], files, runLint);
    const read = async (name: string) => new TextDecoder().decode(await files.readFile(`/work/${name}`));
    assert.equal(await read('a.md'), guesses);
    assert.equal(await read('b.md'), ticked);
    assert.equal(await read('c.md'), unknownType);
    assert.equal(run.code, 1);
    const rules = JSON.parse(run.stdout).map((p: { rule: string }) => p.rule).sort();
    assert.deepEqual(rules, ['invalid-field', 'missing-field', 'unchecked-items', 'unknown-type']);
  });

  it('applies fixes next to suggestions, and leaves files without fixes untouched', async () => {
    const files = new MemoryFileSystem({ '/work/a.md': handoffDoc({ noOwner: true }).replace(SECTION, ''), '/work/clean.md': handoffDoc() });
    const mtime = (await files.stat('/work/clean.md')).mtime;
    const run = await runInMemory(['--fix', '--format', 'json'], files, runLint);
    const fixed = new TextDecoder().decode(await files.readFile('/work/a.md'));
    assert.match(fixed, /^## Open questions$/m);
    assert.doesNotMatch(fixed, /^owner:/m);
    assert.equal((await files.stat('/work/clean.md')).mtime, mtime);
    assert.deepEqual(JSON.parse(run.stdout).map((p: { rule: string }) => p.rule), ['missing-field', 'empty-section']);
  });

  it('never rewrites a file that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(missing.replace('Finance is busy', 'Finance is busy '), 'utf8'), Buffer.from([0xff, 0xfe, 0x0a])]);
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
