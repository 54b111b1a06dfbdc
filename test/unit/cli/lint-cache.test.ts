import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, lintText, RULES } from '../../../src/core/index';
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { CWD } from '../helpers/cli-harness';
import { handoffDoc, PLAIN_MARKDOWN, TODAY } from '../helpers/handoff-fixtures';
import { MemoryFileSystem } from '../helpers/memory-file-system';
import { daysFromToday } from '../../generators/today';
import { repoRoot } from '../helpers/repo-root';

const CACHE = `${CWD}/node_modules/.cache/handoff/lint-cache.json`;

/** A repository whose results cover every kind: errors, warnings, a date rule, a config problem, a non-handoff. */
function repo(): MemoryFileSystem {
  return new MemoryFileSystem({
    [`${CWD}/.git/HEAD`]: 'ref: refs/heads/main\n',
    [`${CWD}/h/clean.md`]: handoffDoc(),
    [`${CWD}/h/error.md`]: handoffDoc({ noOwner: true }),
    [`${CWD}/h/warning.md`]: handoffDoc({ emptyContext: true }),
    [`${CWD}/h/overdue.md`]: handoffDoc({ due: daysFromToday(-12) }),
    [`${CWD}/h/done.md`]: handoffDoc({ due: daysFromToday(-12), status: 'done', checklist: [true, true] }),
    [`${CWD}/notes.md`]: PLAIN_MARKDOWN,
    [`${CWD}/team/.handoff.yml`]: 'stale_after_days: 3\nunknown_key: 1\n',
    [`${CWD}/team/a.md`]: handoffDoc({ title: 'Team one' }).replace('due: 2030-01-31', `due: 2030-01-31\ncreated: ${daysFromToday(-31)}`),
  });
}

async function run(fs: MemoryFileSystem, argv: readonly string[], options: { today?: string; version?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: CWD,
    fs,
    today: options.today ?? TODAY,
    version: options.version ?? '1.2.3',
    env: {},
    writeFile: async (path, data) => void fs.writeFile(path, data),
    makeDirectory: async (path) => void fs.mkdir(path),
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  };
  const code = await runCli(['lint', ...argv], ctx);
  return { code, stdout, stderr };
}

/** The Markdown files read (not stat-ed) since `from` calls. */
function reads(fs: MemoryFileSystem, from: number): string[] {
  return fs.calls.slice(from).filter((c) => c.startsWith('readFile ') && c.endsWith('.md')).map((c) => c.slice('readFile '.length + CWD.length + 1));
}

describe('handoff lint --cache', () => {
  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`prints byte for byte what an uncached run prints (${format}), and reads no unchanged file`, async () => {
      const fs = repo();
      const uncached = await run(fs, ['--format', format]);
      const cold = await run(fs, ['--format', format, '--cache']);
      const before = fs.calls.length;
      const warm = await run(fs, ['--format', format, '--cache']);
      assert.deepEqual(cold, uncached);
      assert.deepEqual(warm, uncached);
      assert.deepEqual(reads(fs, before), []);
      assert.equal(uncached.code, 1);
      assert.match(uncached.stdout, /overdue/);
      assert.match(uncached.stdout, /unknown_key/);
    });
  }

  it('lints a file again when its content changes, even with the same size', async () => {
    const fs = repo();
    await run(fs, ['--cache']);
    fs.writeFile(`${CWD}/h/clean.md`, handoffDoc().replace('grace@', 'xrace@'), 1_800_000_000_000);
    fs.writeFile(`${CWD}/h/error.md`, handoffDoc({ noOwner: true }), 1_800_000_000_000); // same bytes, new mtime
    const before = fs.calls.length;
    const warm = await run(fs, ['--cache']);
    // error.md is read once, to see its hash is unchanged; clean.md is read to hash it, then linted.
    assert.deepEqual(reads(fs, before).sort(), ['h/clean.md', 'h/clean.md', 'h/error.md']);
    assert.deepEqual(warm, await run(fs, []));
  });

  it('lints the files under a config again when the config changes', async () => {
    const fs = repo();
    await run(fs, ['--cache']);
    fs.writeFile(`${CWD}/team/.handoff.yml`, 'stale_after_days: 3\nrules:\n  stale: error\n');
    const warm = await run(fs, ['--cache']);
    assert.deepEqual(warm, await run(fs, []));
    assert.match(warm.stdout, /error .*stale/);
  });

  it('keeps the blank-line hint of a file that is no handoff, and lints it again when its config changes', async () => {
    const fs = repo();
    fs.writeFile(`${CWD}/team/blank.md`, `\n${handoffDoc()}`);
    await run(fs, ['--cache']);
    const warm = await run(fs, ['--cache']);
    assert.deepEqual(warm, await run(fs, []));
    assert.match(warm.stdout, /blank\.md.*front-matter-not-first/);
    fs.writeFile(`${CWD}/team/.handoff.yml`, 'stale_after_days: 3\nrules:\n  front-matter-not-first: error\n');
    const changed = await run(fs, ['--cache']);
    assert.deepEqual(changed, await run(fs, []));
    assert.match(changed.stdout, /blank\.md.* error .*front-matter-not-first/);
  });

  it('starts over for another tool version or other --rule overrides', async () => {
    const fs = repo();
    await run(fs, ['--cache']);
    let before = fs.calls.length;
    assert.deepEqual(await run(fs, ['--cache'], { version: '9.9.9' }), await run(fs, [], { version: '9.9.9' }));
    assert.ok(reads(fs, before).includes('h/clean.md'));
    await run(fs, ['--cache']);
    before = fs.calls.length;
    assert.deepEqual(await run(fs, ['--cache', '--rule', 'empty-section=error']), await run(fs, ['--rule', 'empty-section=error']));
    assert.ok(reads(fs, before).includes('h/warning.md'));
  });

  it('is right on another day: the date rules run again, on the front-matter only', async () => {
    const fs = repo();
    await run(fs, ['--cache']);
    for (const day of [daysFromToday(-31), daysFromToday(44), '2031-01-01']) {
      const cached = await run(fs, ['--cache', '--format', 'json'], { today: day });
      assert.deepEqual(cached, await run(fs, ['--format', 'json'], { today: day }), day);
      assert.deepEqual(await run(fs, ['--cache'], { today: day }), await run(fs, [], { today: day }), day);
    }
    assert.match((await run(fs, ['--cache'], { today: '2031-01-01' })).stdout, /clean\.md.*overdue/);
  });

  it('ignores a corrupt or foreign cache file with a note, and rewrites it', async () => {
    for (const junk of ['{not json', '[]', '{"tool":"handoff","format":1,"run":"x","entries":{"/work/h/clean.md":{"size":1}}}', '{"tool":"eslint"}']) {
      const fs = repo();
      fs.writeFile(CACHE, junk);
      const uncached = await run(fs, []);
      const cached = await run(fs, ['--cache']);
      assert.equal(cached.stdout, uncached.stdout, junk);
      assert.equal(cached.code, uncached.code, junk);
      assert.match(cached.stderr, /note: ignoring the cache node_modules\/\.cache\/handoff\/lint-cache\.json/, junk);
      assert.equal((await run(fs, ['--cache'])).stderr, '', 'rewritten');
    }
  });

  it('drops the entries of deleted and no longer matched files when it writes, and keeps those outside the run while they exist', async () => {
    const fs = repo();
    const cached = async () => Object.keys(JSON.parse(new TextDecoder().decode(await fs.readFile(CACHE))).entries).map((p) => p.slice(CWD.length + 1)).sort();
    await run(fs, ['--cache']);
    assert.deepEqual(await cached(), ['h/clean.md', 'h/done.md', 'h/error.md', 'h/overdue.md', 'h/warning.md', 'notes.md', 'team/a.md']);
    fs.remove(`${CWD}/h/error.md`);
    fs.writeFile(`${CWD}/.gitignore`, 'warning.md\n');
    await run(fs, ['--cache', 'h']); // a run over part of the repository
    assert.deepEqual(await cached(), ['h/clean.md', 'h/done.md', 'h/overdue.md', 'notes.md', 'team/a.md']);
    fs.remove(`${CWD}/team/a.md`);
    await run(fs, ['--cache', 'h']);
    assert.deepEqual(await cached(), ['h/clean.md', 'h/done.md', 'h/overdue.md', 'notes.md'], 'outside the run, a deleted file is dropped too');
    await run(fs, ['--cache', '--shard', '1/2']);
    assert.deepEqual(await cached(), ['h/clean.md', 'h/done.md', 'h/overdue.md', 'notes.md'], "another shard's files are kept");
  });

  it('keeps the cache where --cache-location says', async () => {
    const fs = repo();
    await run(fs, ['--cache', '--cache-location', 'tmp/lint']);
    assert.ok(fs.calls.length);
    assert.match(new TextDecoder().decode(await fs.readFile(`${CWD}/tmp/lint/lint-cache.json`)), /"tool":"handoff"/);
  });
});

describe('dependsOnToday, which --cache trusts', () => {
  it('every rule not marked dependsOnToday gives the same issues on any day (examples, far-apart days)', () => {
    const dir = path.join(repoRoot(), 'examples', 'handoffs');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(texts.length >= 6);
    const dated = new Set(RULES.filter((r) => r.meta.dependsOnToday).map((r) => r.meta.id));
    assert.deepEqual([...dated].sort(), ['overdue', 'stale']);
    const undated = (text: string, today: string) => lintText(text, { config: defaultConfig(), today }).issues.filter((i) => !dated.has(i.ruleId));
    let datedSeen = 0;
    for (const text of texts) {
      const days = ['1999-01-01', '2026-06-01', '2099-12-31'];
      for (const day of days.slice(1)) assert.deepEqual(undated(text, day), undated(text, days[0]!));
      datedSeen += lintText(text, { config: defaultConfig(), today: '2099-12-31' }).issues.filter((i) => dated.has(i.ruleId)).length;
    }
    assert.ok(datedSeen > 0, 'the far day makes the date rules fire');
  });
});

describe('handoff list --cache and stats --cache', () => {
  async function command(fs: MemoryFileSystem, argv: readonly string[], today = TODAY) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      cwd: CWD,
      fs,
      today,
      version: '1.2.3',
      env: {},
      writeFile: async (path, data) => void fs.writeFile(path, data),
      makeDirectory: async (path) => void fs.mkdir(path),
      output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    });
    return { code, stdout, stderr };
  }
  const runs = [
    ['list', '--all'],
    ['list', '--format', 'json', '--all'],
    ['stats', '--no-git'],
    ['stats', '--no-git', '--format', 'json'],
    ['stats', '--no-git', '--format', 'markdown'],
  ];

  for (const argv of runs) {
    it(`${argv.join(' ')}: the uncached output, warm, on other days, after content and config changes`, async () => {
      const fs = repo();
      fs.writeFile(`${CWD}/h/titled.md`, handoffDoc({ checklist: [true, false, true] }).replace(/^title: .*\n/m, ''));
      const same = async (label: string, today = TODAY) => {
        const uncached = await command(fs, argv, today);
        assert.deepEqual(await command(fs, [...argv, '--cache'], today), uncached, `${label}, first --cache run`);
        const before = fs.calls.length;
        assert.deepEqual(await command(fs, [...argv, '--cache'], today), uncached, `${label}, warm`);
        return before;
      };
      await same('cold');
      await same('another day', '2031-01-01');
      await same('an earlier day', daysFromToday(-31));
      fs.writeFile(`${CWD}/h/titled.md`, handoffDoc({ checklist: [true, true, true] }).replace(/^title: .*\n/m, ''));
      await same('content changed');
      fs.writeFile(`${CWD}/team/.handoff.yml`, 'stale_after_days: 1\nrules:\n  stale: error\n');
      await same('config changed');
      assert.ok(fs.calls.some((c) => c.includes(`${argv[0]}-cache.json`)));
    });
  }

  it('drops the entries of renamed, deleted and excluded handoffs when it writes', async () => {
    for (const [name, argv] of [['list', ['list', '--all']], ['stats', ['stats', '--no-git']]] as const) {
      const fs = repo();
      const cached = async () => Object.keys(JSON.parse(new TextDecoder().decode(await fs.readFile(`${CWD}/node_modules/.cache/handoff/${name}-cache.json`))).entries).map((p) => p.slice(CWD.length + 1)).sort();
      await command(fs, [...argv, '--cache']);
      assert.ok((await cached()).includes('h/clean.md'));
      fs.remove(`${CWD}/h/clean.md`).writeFile(`${CWD}/h/renamed.md`, handoffDoc()).remove(`${CWD}/h/error.md`);
      fs.writeFile(`${CWD}/team/.handoff.yml`, 'exclude: [a.md]\n');
      await command(fs, [...argv, '--cache', 'h']);
      assert.deepEqual(await cached(), ['h/done.md', 'h/overdue.md', 'h/renamed.md', 'h/warning.md', 'team/a.md'], `${name}: outside the run, existing files are kept`);
      await command(fs, [...argv, '--cache']);
      assert.deepEqual(await cached(), ['h/done.md', 'h/overdue.md', 'h/renamed.md', 'h/warning.md'], `${name}: an excluded handoff is dropped`);
    }
  });

  it('ignores a corrupt list or stats cache with a note', async () => {
    for (const name of ['list', 'stats']) {
      const fs = repo();
      fs.writeFile(`${CWD}/node_modules/.cache/handoff/${name}-cache.json`, '{"tool":"handoff","format":1,"run":"x","entries":{"a":{"hash":1}}}');
      const argv = name === 'list' ? ['list'] : ['stats', '--no-git'];
      const uncached = await command(fs, argv);
      const cached = await command(fs, [...argv, '--cache']);
      assert.equal(cached.stdout, uncached.stdout);
      assert.match(cached.stderr, new RegExp(`note: ignoring the cache .*${name}-cache\\.json`));
    }
  });
});
