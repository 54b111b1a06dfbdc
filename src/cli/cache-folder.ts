// Where `--cache` keeps its files.
import { join } from '../core/index';
import { stringOption, type ParsedArgs } from './args';
import type { CliContext } from './context';
import { repositoryRoot } from './repository';

/** --cache-location, else node_modules/.cache/handoff/ under the repository root (as eslint's and markdownlint-cli2's). */
export async function cacheFolder(ctx: CliContext, args: ParsedArgs): Promise<string> {
  const option = stringOption(args, 'cache-location');
  if (option !== undefined) return join(ctx.cwd, option.replace(/\\/g, '/'));
  return join(await repositoryRoot(ctx), 'node_modules/.cache/handoff');
}
