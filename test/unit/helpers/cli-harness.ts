// Runs the CLI in memory: argv in, { code, stdout, stderr } out.
import { runCli } from '../../../src/cli/cli';
import type { CliContext } from '../../../src/cli/context';
import { NO_GIT, type GitRunner } from '../../../src/core/index';
import { TODAY } from './handoff-fixtures';
import { MemoryFileSystem } from './memory-file-system';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const CWD = '/work';

/** What a test may change about the process the CLI runs in. */
export interface RunOptions {
  /** The current folder (default CWD). */
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdin?: string;
  readonly terminal?: boolean;
  /** The git the CLI runs (default: none, as outside a repository): in-memory files are no real repository. */
  readonly git?: GitRunner;
}

export async function runInMemory(
  argv: readonly string[],
  files: Record<string, string | Uint8Array> | MemoryFileSystem,
  run: (argv: readonly string[], ctx: CliContext) => Promise<number> = runCli,
  options: RunOptions = {},
): Promise<CliRun> {
  const fs = files instanceof MemoryFileSystem ? files : new MemoryFileSystem(prefix(files));
  const cwd = options.cwd ?? CWD;
  fs.mkdir(cwd);
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    fs,
    today: TODAY,
    version: '1.2.3',
    env: options.env ?? {},
    stdoutIsTerminal: options.terminal ?? false,
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    writeFile: async (path, data) => void fs.writeFile(path, data),
    makeDirectory: async (path) => void fs.mkdir(path),
    git: options.git ?? NO_GIT,
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  return { code, stdout, stderr };
}

/** Relative paths are made absolute under CWD. */
function prefix(files: Record<string, string | Uint8Array>): Record<string, string | Uint8Array> {
  return Object.fromEntries(Object.entries(files).map(([p, c]) => [p.startsWith('/') ? p : `${CWD}/${p}`, c]));
}
