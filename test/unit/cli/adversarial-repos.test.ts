// The CLI over real files that once made it hang or walk out of its root. Each case runs in a
// child process with a generous time limit (hang detection, not a speed test): a blocking read
// would freeze this process, and mocha's own timeout with it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { handoffDoc, TODAY } from '../helpers/handoff-fixtures';

const CHILD = 'HANDOFF_TEST_CLI_ARGS';
const HANG_LIMIT_MS = 20_000;

if (process.env[CHILD]) {
  // Child mode: run the CLI in this folder with the given arguments, then exit with its code.
  let stdout = '';
  let stderr = '';
  void runCli(JSON.parse(process.env[CHILD]) as string[], {
    cwd: toPortablePath(process.cwd()),
    fs: new NodeFileSystem(),
    today: TODAY,
    version: 'test',
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  }).then((code) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exit(code);
  });
} else {
  describe('handoff over adversarial repositories (real files, child process)', function () {
    this.timeout(2 * HANG_LIMIT_MS);
    let root: string;

    beforeEach(() => {
      root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-adversarial-')));
    });

    afterEach(() => {
      fs.rmSync(root, { recursive: true, force: true });
    });

    function write(rel: string, content: string): void {
      const file = path.join(root, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }

    function handoff(...args: string[]): { code: number | null; stdout: string; stderr: string; error?: Error } {
      const run = spawnSync(process.execPath, [__filename], { cwd: root, env: { ...process.env, [CHILD]: JSON.stringify(args) }, timeout: HANG_LIMIT_MS, encoding: 'utf8' });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr, error: run.error };
    }

    function mkfifo(this: Mocha.Context, rel: string): void {
      if (process.platform === 'win32') this.skip();
      try {
        spawnSync('mkfifo', [path.join(root, rel)], { stdio: 'ignore' });
      } catch {
        this.skip();
      }
      if (!fs.existsSync(path.join(root, rel))) this.skip();
    }

    it('does not follow a link to / out of the root', () => {
      write('handoffs/a.md', handoffDoc());
      fs.symlinkSync('/', path.join(root, 'everything'), 'dir');
      const run = handoff('list', '--format', 'json');
      assert.equal(run.error, undefined, 'finished in time');
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((h) => h.file), ['handoffs/a.md']);
      assert.match(run.stderr, /everything: symbolic link to a folder outside .*; not followed/);
    });

    it('never blocks on a FIFO, whether a .gitignore, a linked .md or named on the command line', function () {
      write('handoffs/a.md', handoffDoc());
      mkfifo.call(this, '.gitignore');
      mkfifo.call(this, 'handoffs/pipe');
      fs.symlinkSync('pipe', path.join(root, 'handoffs', 'linked.md'));
      fs.symlinkSync('..', path.join(root, 'handoffs', 'loop'), 'dir');
      const run = handoff('list', '--format', 'json', '.', 'handoffs/pipe');
      assert.equal(run.error, undefined, 'finished in time');
      assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((h) => h.file), ['handoffs/a.md']);
    });
  });
}
