import assert from 'node:assert/strict';
import { inShard, parseShard } from '../../../src/cli/shard';
import { CWD, runInMemory } from '../helpers/cli-harness';
import { handoffDoc, PLAIN_MARKDOWN } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';

/** 40 handoffs, each with an error (so each shows in the report), two broken configs, plain notes. */
function repo(): MemoryFileSystem {
  const files: Record<string, string> = {
    [`${CWD}/.git/HEAD`]: 'ref: refs/heads/main\n',
    [`${CWD}/.handoff.yml`]: 'bogus: 1\n',
    [`${CWD}/teams/b/.handoff.yml`]: 'stale_after_days: -3\n',
  };
  for (let i = 0; i < 40; i++) {
    const folder = ['handoffs', 'teams/a', 'teams/b', 'teams/b/deep'][i % 4];
    files[`${CWD}/${folder}/h${i}.md`] = handoffDoc({ noOwner: true, emptyContext: i % 3 === 0 });
    files[`${CWD}/${folder}/n${i}.md`] = PLAIN_MARKDOWN;
  }
  return new MemoryFileSystem(files);
}

describe('handoff lint --shard and merge-reports', () => {
  for (const format of ['json', 'sarif']) {
    it(`n shards partition the files, and their ${format} reports merge into the unsharded one`, async () => {
      const fs = repo();
      const whole = await runInMemory(['lint', '--format', format], fs);
      for (const n of [1, 3, 7]) {
        const seen: string[] = [];
        const outputs: string[] = [];
        for (let i = 1; i <= n; i++) {
          const shard = await runInMemory(['lint', '--format', format, '--shard', `${i}/${n}`, '-o', `shard-${i}.${format}`], fs);
          assert.equal(shard.stderr, '');
          const text = new TextDecoder().decode(await fs.readFile(`${CWD}/shard-${i}.${format}`));
          outputs.push(`shard-${i}.${format}`);
          const files = format === 'json' ? (JSON.parse(text) as { file: string }[]).map((p) => p.file) : [];
          seen.push(...new Set(files));
        }
        if (format === 'json') {
          assert.equal(seen.length, new Set(seen).size, 'no file in two shards');
          assert.equal(seen.length, 42, '40 handoffs and 2 configs, each in one shard');
        }
        const merged = await runInMemory(['merge-reports', ...outputs], fs);
        assert.equal(merged.stderr, '');
        assert.equal(merged.stdout, whole.stdout, `${n} shards`);
        assert.equal(merged.code, 1, 'the merged report holds errors');
      }
    });
  }

  it('is stable: a path stays in its shard whatever else the repository holds', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `team-${i % 17}/handoffs/${i}.md`);
    const shard = (p: string) => [1, 2, 3, 4].find((i) => inShard(p, { index: i, count: 4 }));
    const counts = [0, 0, 0, 0];
    for (const p of paths) {
      assert.equal([1, 2, 3, 4].filter((i) => inShard(p, { index: i, count: 4 })).length, 1);
      counts[shard(p)! - 1]!++;
    }
    assert.equal(shard('handoffs/a.md'), 2, 'fixed across runs and machines (FNV-1a)');
    for (const c of counts) assert.ok(c > 90 && c < 160, `balanced: ${counts.join(', ')}`);
  });

  it('rejects a shard that is not i/n with 1 ≤ i ≤ n', async () => {
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1-2']) {
      assert.throws(() => parseShard(bad), /expected i\/n/);
      const run = await runInMemory(['lint', '--shard', bad], repo());
      assert.equal(run.code, 2, bad);
    }
  });

  it('merge-reports refuses mixed or foreign reports with exit 2', async () => {
    const fs = repo();
    fs.writeFile(`${CWD}/a.json`, '[]');
    fs.writeFile(`${CWD}/b.sarif`, '{"version":"2.1.0","runs":[]}');
    fs.writeFile(`${CWD}/c.txt`, 'nope');
    assert.match((await runInMemory(['merge-reports', 'a.json', 'b.sarif'], fs)).stderr, /cannot mix JSON and SARIF/);
    assert.equal((await runInMemory(['merge-reports', 'c.txt'], fs)).code, 2);
    assert.equal((await runInMemory(['merge-reports', 'missing.json'], fs)).code, 2);
    assert.equal((await runInMemory(['merge-reports'], fs)).code, 2);
    const ok = await runInMemory(['merge-reports', 'a.json', 'a.json'], fs);
    assert.deepEqual([ok.code, ok.stdout], [0, '[]\n']);
  });

  it('merge-reports keeps one run per tool and deduplicates artifacts', async () => {
    const fs = repo();
    const run = (uri: string, rule: string) => ({
      tool: { driver: { name: 'handoff', rules: [{ id: rule }] } },
      artifacts: [{ location: { uri } }],
      results: [{ ruleId: rule, ruleIndex: 0, level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 } } }] }],
    });
    fs.writeFile(`${CWD}/x.sarif`, JSON.stringify({ version: '2.1.0', runs: [run('a.md', 'r1')] }));
    fs.writeFile(`${CWD}/y.sarif`, JSON.stringify({ version: '2.1.0', runs: [run('a.md', 'r2'), { tool: { driver: { name: 'other' } }, results: [] }] }));
    const merged = JSON.parse((await runInMemory(['merge-reports', 'x.sarif', 'y.sarif'], fs)).stdout);
    assert.deepEqual(merged.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name), ['handoff', 'other']);
    const [handoff] = merged.runs;
    assert.deepEqual(handoff.artifacts, [{ location: { uri: 'a.md' } }]);
    assert.deepEqual(handoff.results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, r.ruleIndex]), [['r1', 0], ['r2', 1]]);
  });
});
