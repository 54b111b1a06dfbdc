import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigLookup, configIssues, findConfigFiles, isExcludedByConfig, RULE_IDS } from '../../../src/core/index';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { repoRoot } from '../helpers/repo-root';

const TYPE_A = 'types:\n  a-type: { sections: [] }\n';
const TYPE_B = 'types:\n  b-type: { sections: [] }\n';

describe('ConfigLookup', () => {
  it('finds the nearest .handoff.yml or .handoff.yaml up from a file, else the defaults', async () => {
    const fs = new MemoryFileSystem({ '/repo/.handoff.yml': TYPE_A, '/repo/team-b/.handoff.yaml': TYPE_B, '/repo/team-b/deep/x/h.md': '', '/repo/other/h.md': '' });
    const lookup = new ConfigLookup(fs, { ruleIds: RULE_IDS });
    const deep = await lookup.forFile('/repo/team-b/deep/x/h.md');
    assert.equal(deep.file?.path, '/repo/team-b/.handoff.yaml');
    assert.ok(deep.config.types.has('b-type') && !deep.config.types.has('a-type'), 'the nearest config wins; configs do not merge');
    assert.equal((await lookup.forFile('/repo/other/h.md')).file?.path, '/repo/.handoff.yml');
    assert.equal((await lookup.forFile('/elsewhere/h.md')).file, undefined);
    assert.deepEqual(lookup.files().map((f) => f.path), ['/repo/.handoff.yml', '/repo/team-b/.handoff.yaml']);
  });

  it('findConfigFiles walks a folder for every config file, without a search provider', async () => {
    const files = new MemoryFileSystem({
      '/ws/.handoff.yml': TYPE_A,
      '/ws/team-b/.handoff.yaml': TYPE_B,
      '/ws/team-b/other.yml': 'a: 1',
      '/ws/node_modules/pkg/.handoff.yml': TYPE_A,
      '/ws/h.md': '',
    });
    assert.deepEqual((await findConfigFiles(files, '/ws')).sort(), ['/ws/.handoff.yml', '/ws/team-b/.handoff.yaml']);
  });

  it('stops at the repository root (a folder holding .git) and at its root', async () => {
    const files = new MemoryFileSystem({ '/work/.handoff.yml': TYPE_A, '/work/repo/.git/HEAD': 'ref', '/work/repo/sub/h.md': '', '/work/ws/sub/h.md': '' });
    assert.equal((await new ConfigLookup(files).forFile('/work/repo/sub/h.md')).file, undefined, 'a config above the repository is not its config');
    assert.equal((await new ConfigLookup(files).forFile('/work/ws/sub/h.md')).file?.path, '/work/.handoff.yml');
    assert.equal((await new ConfigLookup(files, { root: '/work/ws' }).forFile('/work/ws/sub/h.md')).file, undefined, 'a workspace folder bounds the walk');
  });

  it('reads each folder once, and answers again without reading after peek', async () => {
    const files = new MemoryFileSystem({ '/r/.handoff.yml': TYPE_A, '/r/a/1.md': '', '/r/a/2.md': '' });
    const lookup = new ConfigLookup(files);
    await Promise.all([lookup.forFile('/r/a/1.md'), lookup.forFile('/r/a/2.md'), lookup.forFolder('/r')]);
    assert.equal(files.calls.filter((c) => c === 'readFile /r/.handoff.yml').length, 1);
    assert.equal(lookup.peek('/r/a')?.file?.path, '/r/.handoff.yml');
    assert.equal(lookup.peek('/r/b'), undefined);
  });

  it('forgets what it found under a folder whose config changed', async () => {
    const files = new MemoryFileSystem({ '/r/.handoff.yml': TYPE_A, '/r/t/h.md': '' });
    const lookup = new ConfigLookup(files);
    assert.equal((await lookup.forFile('/r/t/h.md')).file?.path, '/r/.handoff.yml');
    files.writeFile('/r/t/.handoff.yml', TYPE_B);
    lookup.forget('/r/t');
    assert.equal((await lookup.forFile('/r/t/h.md')).file?.path, '/r/t/.handoff.yml');
    files.writeFile('/r/.handoff.yml', TYPE_B);
    lookup.forget('/r');
    assert.ok((await lookup.forFolder('/r')).config.types.has('b-type'));
  });

  it('turns an unreadable, binary or oversized config into a problem of that file, with the defaults', async () => {
    const files = new MemoryFileSystem({
      '/u/.handoff.yml': TYPE_A,
      '/b/.handoff.yml': new Uint8Array([0x74, 0, 0x79]),
      '/big/.handoff.yml': `rules:\n${'  x: off\n'.repeat(20_000)}`,
    }).fail('readFile', '/u/.handoff.yml', 'EACCES');
    const lookup = new ConfigLookup(files);
    for (const [folder, message] of [['/u', /Cannot read the config: permission denied/], ['/b', /not a text file/], ['/big', /over the 128 KB limit/]] as const) {
      const found = await lookup.forFolder(folder);
      assert.equal(found.file?.path, `${folder}/.handoff.yml`);
      assert.equal(found.config.types.size, (await lookup.forFolder('/nowhere')).config.types.size);
      const [issue, ...more] = configIssues(found.file!);
      assert.deepEqual(more, []);
      assert.match(issue!.message, message);
      assert.deepEqual([issue!.ruleId, issue!.severity, issue!.range.start], ['config', 'error', { line: 0, character: 0 }]);
    }
  });

  it('excludes files by the globs of the config in force, relative to its folder', async () => {
    const files = new MemoryFileSystem({ '/r/team/.handoff.yml': 'exclude: [drafts/**, "*.tmp.md", "{old,archive}"]\n' });
    const found = await new ConfigLookup(files).forFolder('/r/team/drafts');
    assert.equal(isExcludedByConfig(found, '/r/team/drafts/a.md'), true);
    assert.equal(isExcludedByConfig(found, '/r/team/x.tmp.md'), true);
    assert.equal(isExcludedByConfig(found, '/r/team/handoffs/a.md'), false);
    assert.equal(isExcludedByConfig(found, '/r/team/handoffs/x.tmp.md'), false, '* stays within a folder');
    assert.equal(isExcludedByConfig(found, '/r/team/archive/2025/a.md'), true, 'a matched folder excludes what is under it');
    assert.equal(isExcludedByConfig({ config: found.config }, '/r/team/drafts/a.md'), false, 'the defaults exclude nothing');
  });

  it('never answers for one config with the globs of another, even when they share objects', async () => {
    const files = new MemoryFileSystem({ '/one/.handoff.yml': 'exclude: [drafts]\n', '/two/.handoff.yml': 'exclude: [drafts]\n' });
    const found = await new ConfigLookup(files).forFolder('/one');
    assert.equal(isExcludedByConfig(found, '/one/drafts/a.md'), true);
    // The same config file read with other settings over it (the editor's, another workspace's): its own globs decide.
    const other = { ...found, config: { ...found.config, exclude: ['archive'] } };
    assert.equal(isExcludedByConfig(other, '/one/drafts/a.md'), false);
    assert.equal(isExcludedByConfig(other, '/one/archive/a.md'), true);
    assert.equal(isExcludedByConfig(found, '/one/archive/a.md'), false);
    // The same globs in another folder (a second workspace): relative to that config's folder.
    const second = await new ConfigLookup(files).forFolder('/two');
    const shared = { ...second, config: { ...second.config, exclude: found.config.exclude } };
    assert.equal(isExcludedByConfig(shared, '/two/drafts/a.md'), true);
    assert.equal(isExcludedByConfig(shared, '/one/drafts/b.md'), false);
    assert.equal(isExcludedByConfig(found, '/two/drafts/b.md'), false);
  });
});

describe('one config lookup for the CLI and the editor', () => {
  const read = (file: string) => fs.readFileSync(path.join(repoRoot(), file), 'utf8');
  const adapters = ['src/cli/config-resolver.ts', 'src/vscode/config-store.ts'];

  it('both adapters build the core ConfigLookup, with the same rule ids', () => {
    for (const file of adapters) {
      const source = read(file);
      assert.match(source, /new ConfigLookup\(.*\{ ruleIds: RULE_IDS\b/, file);
    }
  });

  it('no other adapter code reads or parses a config file itself', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(path.join(repoRoot(), dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
    for (const file of [...sources('src/cli'), ...sources('src/vscode')]) {
      const source = read(file);
      assert.doesNotMatch(source, /\bloadConfig\(/, `${file} parses a config itself`);
      assert.doesNotMatch(source, /join\([^)]*CONFIG_FILE_NAMES|CONFIG_FILE_NAMES\)?\.map\(|for \(const \w+ of CONFIG_FILE_NAMES/, `${file} looks config files up itself`);
    }
  });
});
