// Reports of several repositories: `handoff lint` names its repository in JSON and SARIF, and
// `merge-reports` keeps repositories apart (their paths are relative to different roots).
import assert from 'node:assert/strict';
import { repositoryLabels } from '../../../src/cli/merge-reports';
import { NO_GIT, type GitRunner } from '../../../src/core/index';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

/** A git that knows only the origin remote of each repository (by the folder it runs in). */
const remotes = (urls: Record<string, string>): GitRunner => ({
  run: async (args, cwd) => {
    const url = urls[cwd];
    if (args.join(' ') === 'remote get-url origin' && url) return `${url}\n`;
    throw new Error('not this git');
  },
});

const GIT = remotes({ [`${CWD}/crm`]: 'https://bot:ghp_secret@github.com/acme/crm.git', [`${CWD}/ops`]: 'git@github.com:acme/ops.git' });

/** Two repositories with a broken handoff at the same relative path. */
function repositories(): MemoryFileSystem {
  const files: Record<string, string> = {};
  for (const name of ['crm', 'ops']) {
    files[`${CWD}/${name}/.git/HEAD`] = 'ref: refs/heads/main\n';
    files[`${CWD}/${name}/handoffs/a.md`] = handoffDoc({ noOwner: true });
  }
  files[`${CWD}/ops/handoffs/b.md`] = handoffDoc({ emptyContext: true });
  return new MemoryFileSystem(files);
}

async function report(fs: MemoryFileSystem, name: string, format: string, git: GitRunner = GIT): Promise<string> {
  const run = await runInMemory(['lint', '--format', format, '-o', `../${name}.${format}`], fs, undefined, { cwd: `${CWD}/${name}`, git });
  assert.equal(run.code, 1, run.stderr);
  return `${name}.${format}`;
}

describe('reports of several repositories', () => {
  it('lint names its repository in JSON and SARIF: the origin remote without credentials, else its folder', async () => {
    const fs = repositories();
    const read = async (file: string) => JSON.parse(new TextDecoder().decode(await fs.readFile(`${CWD}/${file}`)));
    const json = await read(await report(fs, 'crm', 'json'));
    assert.deepEqual([...new Set(json.map((p: { repository: string }) => p.repository))], ['https://github.com/acme/crm.git']);
    const sarif = await read(await report(fs, 'crm', 'sarif'));
    assert.deepEqual(sarif.runs[0].properties, { repository: 'https://github.com/acme/crm.git' });
    const unnamed = await read(await report(fs, 'ops', 'json', NO_GIT));
    assert.equal(unnamed[0].repository, 'ops', 'no remote: the folder name');
  });

  it('merge-reports prefixes each JSON file with its repository, so equal paths of two repositories stay apart', async () => {
    const fs = repositories();
    const merged = await runInMemory(['merge-reports', await report(fs, 'crm', 'json'), await report(fs, 'ops', 'json')], fs);
    assert.equal(merged.code, 1);
    const problems = JSON.parse(merged.stdout) as { file: string; repository: string }[];
    assert.deepEqual([...new Set(problems.map((p) => p.file))], ['crm:handoffs/a.md', 'ops:handoffs/a.md', 'ops:handoffs/b.md']);
    assert.ok(problems.every((p) => p.repository === (p.file.startsWith('crm') ? 'https://github.com/acme/crm.git' : 'git@github.com:acme/ops.git')));
  });

  it('merge-reports refuses JSON reports it cannot tell apart: one names no repository, another does', async () => {
    const fs = repositories();
    const named = await report(fs, 'crm', 'json');
    fs.writeFile(`${CWD}/old.json`, JSON.stringify([{ file: 'handoffs/a.md', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'missing-field', message: 'm' }]));
    const run = await runInMemory(['merge-reports', named, 'old.json'], fs);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /old\.json names no repository .*https:\/\/github\.com\/acme\/crm\.git: paths of different repositories must not mix/);
    const empty = await runInMemory(['merge-reports', named, 'none.json'], fs.writeFile(`${CWD}/none.json`, '[]'));
    assert.equal(empty.code, 1, 'a report without problems names nothing and mixes nothing');
  });

  it('merge-reports keeps one SARIF run per repository, each with its own base', async () => {
    const fs = repositories();
    const merged = JSON.parse((await runInMemory(['merge-reports', await report(fs, 'crm', 'sarif'), await report(fs, 'ops', 'sarif')], fs)).stdout);
    assert.deepEqual(merged.runs.map((r: { properties: { repository: string } }) => r.properties.repository), ['https://github.com/acme/crm.git', 'git@github.com:acme/ops.git']);
    assert.deepEqual(merged.runs.map((r: { results: unknown[] }) => r.results.length), [1, 2]);
    const based = (uri: string) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'other' } }, originalUriBaseIds: { SRC: { uri } }, results: [{ ruleId: 'x', locations: [] }] }] });
    fs.writeFile(`${CWD}/x.sarif`, JSON.stringify(based('file:///a/'))).writeFile(`${CWD}/y.sarif`, JSON.stringify(based('file:///b/')));
    const other = JSON.parse((await runInMemory(['merge-reports', 'x.sarif', 'y.sarif', 'x.sarif'], fs)).stdout);
    assert.deepEqual(other.runs.map((r: { originalUriBaseIds: { SRC: { uri: string } }; results: unknown[] }) => [r.originalUriBaseIds.SRC.uri, r.results.length]), [['file:///a/', 2], ['file:///b/', 1]]);
  });

  it('names repositories by as many last segments as tell them apart', () => {
    assert.deepEqual([...repositoryLabels(['https://github.com/acme/crm.git', 'git@github.com:acme/ops.git']).values()], ['crm', 'ops']);
    assert.deepEqual([...repositoryLabels(['https://github.com/acme/ops.git', 'git@github.com:umbrella/ops.git']).values()], ['acme/ops', 'umbrella/ops']);
    assert.deepEqual([...repositoryLabels(['https://h/a/ops', 'https://h/a/ops.git']).values()], ['https://h/a/ops', 'https://h/a/ops.git'], 'nothing tells them apart: the full names');
  });
});
