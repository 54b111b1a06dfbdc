// A git command's output, or undefined when it fails (not a repository, unknown revision, no git):
// the CLI's questions to git all treat a failure as an answer.
import type { GitRunner } from '../core/index';

export function gitOutput(git: GitRunner, cwd: string, args: readonly string[]): Promise<string | undefined> {
  return git.run(args, cwd).then(
    (stdout) => stdout,
    () => undefined,
  );
}
