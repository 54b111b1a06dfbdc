import assert from 'node:assert/strict';
import { parseArgs, CliError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/cli';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

describe('handoff (command dispatch)', () => {
  it('prints help and version', async () => {
    const help = await runInMemory(['--help'], {});
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: handoff <command>/);
    assert.match(help.stdout, /Exit codes:/);
    assert.deepEqual(await runInMemory(['--version'], {}), { code: 0, stdout: '1.2.3\n', stderr: '' });
    assert.match((await runInMemory(['help', 'list'], {})).stdout, /^Usage: handoff list/);
    assert.match((await runInMemory(['lint', '-h'], {})).stdout, /^Usage: handoff lint/);
  });

  it('exits 2 with one line for an unknown command or option, and with usage for none', async () => {
    assert.deepEqual(await runInMemory(['frob'], {}), {
      code: 2,
      stdout: '',
      stderr: "handoff: unknown command 'frob', expected lint, list, stats, graph or merge-reports; see `handoff --help`\n",
    });
    assert.equal((await runInMemory(['--frob'], {})).stderr, "handoff: unknown option '--frob'; see `handoff --help`\n");
    const none = await runInMemory([], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^Usage:/);
  });

  it('turns an unexpected failure into one line and exit code 2, never a stack trace', async () => {
    let stderr = '';
    const code = await runCli(['lint'], {
      cwd: '/',
      version: '0',
      fs: {
        readFile: () => Promise.reject(new TypeError('boom\n    at somewhere')),
        readDirectory: () => Promise.resolve([]),
        // Only the root exists (no .git to read ignore files from): the failure under test is stdout's.
        stat: (p) => (p === '/' ? Promise.resolve({ kind: 'directory', size: 0, mtime: 0 }) : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
      },
      output: {
        stdout: () => {
          throw new RangeError('stdout exploded\n    at x (y.js:1:1)');
        },
        stderr: (t) => void (stderr += t),
      },
    });
    assert.equal(code, 2);
    assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
    assert.match(stderr, /^handoff: /);
    assert.doesNotMatch(stderr, /\n {4}at /);
  });

  it('lints through the dispatcher', async () => {
    const run = await runInMemory(['lint', '--format', 'json', '.'], { 'a.md': handoffDoc() });
    assert.deepEqual([run.code, run.stdout], [0, '[]\n']);
  });
});

describe('parseArgs', () => {
  const spec = { command: 'handoff x', options: { format: 'string', quiet: 'boolean' }, aliases: { q: 'quiet' } } as const;

  it('reads flags, values, = values, aliases and -- ', () => {
    const args = parseArgs(['a', '--format', 'json', '-q', 'b', '--', '--not-a-flag'], spec);
    assert.deepEqual(args.positionals, ['a', 'b', '--not-a-flag']);
    assert.deepEqual([...args.values], [['format', 'json'], ['quiet', true]]);
    assert.equal(parseArgs(['--format=sarif'], spec).values.get('format'), 'sarif');
  });

  it('rejects unknown flags and missing values with a CliError', () => {
    assert.throws(() => parseArgs(['--nope'], spec), CliError);
    assert.throws(() => parseArgs(['-z'], spec), /unknown option '-z'/);
    assert.throws(() => parseArgs(['--format'], spec), /needs a value/);
    assert.throws(() => parseArgs(['--format', '--quiet'], spec), /needs a value/);
  });
});
