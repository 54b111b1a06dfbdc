// SARIF as GitHub code scanning needs it: valid against the 2.1.0 schema, paths from the
// repository root, a help link per rule, fingerprints that survive line shifts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { FINGERPRINT_KEY } from '../../../src/cli/formatters/sarif';
import { runLint } from '../../../src/cli/run-lint';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { repoRoot } from '../helpers/repo-root';

// The OASIS schema, vendored from github.com/oasis-tcs/sarif-spec (sarif-2.1/schema/sarif-schema-2.1.0.json).
const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

function assertValidSarif(text: string): any {
  const log = JSON.parse(text);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  return log;
}

const broken = handoffDoc({ noOwner: true, emptyContext: true });

describe('handoff lint --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with help links, an information URI and fingerprints', async () => {
    const run = await runInMemory(['--format', 'sarif'], { 'h/a.md': broken, 'h/b.md': handoffDoc({ status: 'opne' }) }, runLint);
    assert.equal(run.code, 1);
    const log = assertValidSarif(run.stdout);
    const driver = log.runs[0].tool.driver;
    assert.match(driver.informationUri, /^https:\/\//);
    for (const rule of driver.rules) assert.match(rule.helpUri, new RegExp(`^https://.*/docs/RULES\\.md#${rule.id}$`));
    const results = log.runs[0].results;
    assert.ok(results.length >= 3);
    for (const result of results) assert.match(result.partialFingerprints[FINGERPRINT_KEY], /^[0-9a-f]{32}:\d+$/);
    assert.equal(new Set(results.map((r: any) => r.partialFingerprints[FINGERPRINT_KEY])).size, results.length);
  });

  it('keeps fingerprints when lines move, and changes them when the flagged text changes', async () => {
    const fingerprints = async (text: string) => {
      const run = await runInMemory(['--format', 'sarif'], { 'a.md': text }, runLint);
      return JSON.parse(run.stdout).runs[0].results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.partialFingerprints[FINGERPRINT_KEY]]);
    };
    const before = await fingerprints(handoffDoc({ status: 'opne' }));
    const shifted = await fingerprints(handoffDoc({ status: 'opne' }).replace('# Board', 'Intro line.\n\n# Board').replace('---\nhandoff', '---\n# a comment\nhandoff'));
    assert.deepEqual(shifted.map((r: unknown[]) => r[2]), before.map((r: unknown[]) => r[2]));
    assert.notDeepEqual(shifted.map((r: unknown[]) => r[1]), before.map((r: unknown[]) => r[1]));
    const other = await fingerprints(handoffDoc({ status: 'opem' }));
    assert.notEqual(other.find((r: unknown[]) => r[0] === 'invalid-field')[2], before.find((r: unknown[]) => r[0] === 'invalid-field')[2]);
  });

  it('is a valid log even when nothing could be linted', async () => {
    const run = await runInMemory(['--format', 'sarif', 'missing/*.md'], { 'a.md': broken }, runLint);
    assert.equal(run.code, 2);
    const log = assertValidSarif(run.stdout);
    assert.deepEqual(log.runs[0].results, []);
    assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
    assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /missing/);
    assert.match(run.stderr, /^handoff: no files match/);
  });
});

describe('report paths', () => {
  const tree = () =>
    new MemoryFileSystem({ '/repo/.git/HEAD': 'ref: refs/heads/main\n', '/repo/docs/handoffs/x.md': broken }).mkdir('/repo/docs');

  it('names files from the repository root in json, sarif and github output, from any working folder', async () => {
    const options = { cwd: '/repo/docs' };
    const json = JSON.parse((await runInMemory(['--format', 'json'], tree(), runLint, options)).stdout);
    assert.equal(json[0].file, 'docs/handoffs/x.md');
    const sarif = JSON.parse((await runInMemory(['--format', 'sarif'], tree(), runLint, options)).stdout);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'docs/handoffs/x.md');
    const github = (await runInMemory(['--format', 'github', 'handoffs'], tree(), runLint, options)).stdout;
    assert.match(github, /^::error file=docs\/handoffs\/x\.md,/);
  });

  it('keeps text output relative to the working folder', async () => {
    const run = await runInMemory([], tree(), runLint, { cwd: '/repo/docs' });
    assert.match(run.stdout, /^handoffs\/x\.md:\d+:\d+ /);
  });

  it('uses GITHUB_WORKSPACE when set, and a worktree\'s .git file', async () => {
    const run = await runInMemory(['--format', 'json'], tree(), runLint, { cwd: '/repo/docs/handoffs', env: { GITHUB_WORKSPACE: '/repo/docs' } });
    assert.equal(JSON.parse(run.stdout)[0].file, 'handoffs/x.md');
    const worktree = new MemoryFileSystem({ '/wt/.git': 'gitdir: /repo/.git/worktrees/wt\n', '/wt/a/b.md': broken });
    const fromWorktree = await runInMemory(['--format', 'json'], worktree, runLint, { cwd: '/wt/a' });
    assert.equal(JSON.parse(fromWorktree.stdout)[0].file, 'a/b.md');
  });

  it('falls back to the working folder outside a repository', async () => {
    const run = await runInMemory(['--format', 'json'], { 'h/a.md': broken }, runLint);
    assert.equal(JSON.parse(run.stdout)[0].file, 'h/a.md');
  });
});
