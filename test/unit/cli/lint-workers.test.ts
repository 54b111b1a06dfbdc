// `handoff lint` on worker threads (HANDOFF_LINT_THREADS) gives exactly what it gives in one
// thread: the same problems, skip lines, exit code and config errors.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LintWorkerPool } from '../../../src/cli/lint-workers';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { runLint } from '../../../src/cli/run-lint';
import type { CliContext } from '../../../src/cli/context';
import { handoffDoc, ordinaryDoc, pickKind, pickType } from '../../generators/content';
import { createRng } from '../../generators/prng';
import { TODAY } from '../../generators/today';
import { repoRoot } from '../helpers/repo-root';

describe('handoff lint on worker threads', function () {
  this.timeout(60_000);
  let dir: string;
  let script: string;

  before(() => {
    dir = toPortablePath(fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-workers-'))));
    // The workers run the CLI bundle, built here from the sources under test.
    const esbuild = require(path.join(repoRoot(), 'node_modules', 'esbuild')) as typeof import('esbuild');
    script = path.join(dir, 'cli.js');
    esbuild.buildSync({ entryPoints: [path.join(repoRoot(), 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });
    const rng = createRng(5);
    for (let i = 0; i < 150; i++) {
      const text = i % 3 ? handoffDoc(rng, pickType(rng), pickKind(rng)) : ordinaryDoc(rng);
      write(`repo/${['a', 'b/c', 'b/d/e'][i % 3]}/file-${i}.md`, text);
    }
    write('repo/bin/binary.md', new Uint8Array([0, 1, 2, 3]));
    write('repo/broken/.handoff.yml', 'types: [oops\n');
    write('repo/broken/other.md', '# not a handoff\n');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(rel: string, content: string | Uint8Array): void {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }

  async function lint(argv: readonly string[], workers: boolean) {
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = {
      cwd: `${dir}/repo`,
      fs: new NodeFileSystem(),
      today: TODAY,
      version: 'test',
      lintWorkers: workers ? new LintWorkerPool(script, 2, 1) : undefined,
      output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    };
    return { code: await runLint(argv, ctx), stdout, stderr };
  }

  it('reports the same problems and skipped files', async () => {
    for (const argv of [[], ['--format', 'json']]) {
      const one = await lint(argv, false);
      assert.equal(one.code, 1);
      assert.match(one.stderr, /skipped bin\/binary\.md/);
      assert.deepEqual(await lint(argv, true), one);
    }
  });

  it('reports a broken config only where a handoff needs it, with the same results', async () => {
    assert.doesNotMatch((await lint(['b'], true)).stdout, /broken\/\.handoff\.yml/);
    write('repo/broken/h.md', handoffDoc(createRng(1), pickType(createRng(2)), 'complete'));
    const json = ['--format', 'json'];
    const one = await lint(json, false);
    assert.equal(one.code, 1);
    assert.match(one.stdout, /"file": "broken\/\.handoff\.yml",\n\s*"line": 1,[^}]*"rule": "config"/);
    assert.deepEqual(await lint(json, true), one);
    fs.rmSync(path.join(dir, 'repo/broken/h.md'));
  });
});
