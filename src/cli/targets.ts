// Path arguments → what to scan. A plain path is a file or folder; a glob (`'docs/{a,b}.md'`,
// `'handoffs/**/*.md'`) is its fixed leading folder plus a pattern; `'!docs/skip/**'` leaves
// files and folders out of everything else. All are relative to the current folder.
import { fileErrorKind, describeFileError, globMatcher, isWithin, join, normalize, splitGlob, type FileSystem, type PathMatcher, type ScanRoot, type ScanSkip } from '../core/index';
import { CliError } from './args';

/** What resolving targets needs of the CliContext (a structural subset, so this file depends on no command's context). */
type TargetContext = { readonly cwd: string; readonly fs: FileSystem };

export interface Targets {
  readonly roots: readonly ScanRoot[];
  /** The `!negations`, for ScanOptions.excluded. */
  readonly excluded: PathMatcher | undefined;
  /** The arguments that name no file among `found` (paths of Markdown files found or skipped). */
  unmatched(found: readonly string[]): string[];
  /** True when a path is under a target (and its glob) and not left out by a negation. */
  includes(path: string): boolean;
}

interface Target {
  readonly arg: string;
  readonly root: ScanRoot;
  readonly matches: PathMatcher;
}

export async function resolveTargets(ctx: TargetContext, args: readonly string[]): Promise<Targets> {
  const negations = args.filter((a) => a.startsWith('!')).map((a) => splitGlob(a.slice(1).replace(/\\/g, '/')));
  const positives = args.filter((a) => !a.startsWith('!'));
  const targets: Target[] = [];
  for (const arg of positives.length ? positives : ['.']) targets.push(await resolveTarget(ctx, arg));
  const excluders = negations.map(({ base, glob }) => {
    const folder = join(ctx.cwd, normalize(base || '.'));
    // `!drafts` leaves out the folder and all below it; `!drafts/*.md` what the glob matches.
    return glob ? globMatcher(folder, [glob]) : (path: string) => isWithin(folder, path);
  });
  return {
    roots: targets.map((t) => t.root),
    excluded: excluders.length ? (path) => excluders.some((matches) => matches(path)) : undefined,
    unmatched: (found) => targets.filter((t) => !found.some(t.matches)).map((t) => t.arg),
    includes: (path) => targets.some((t) => t.matches(path)) && !excluders.some((matches) => matches(path)),
  };
}

async function resolveTarget(ctx: TargetContext, arg: string): Promise<Target> {
  const { base, glob } = splitGlob(arg.replace(/\\/g, '/'));
  const path = join(ctx.cwd, normalize(base || '.'));
  try {
    await ctx.fs.stat(path);
  } catch (error) {
    if (fileErrorKind(error) !== 'not-found') throw new CliError(`cannot read ${base}: ${describeFileError(error)}`);
    throw new CliError(glob ? `no files match '${arg}': there is no folder ${base}` : `no such file or folder: ${arg}`);
  }
  if (!glob) return { arg, root: { path }, matches: (file) => isWithin(path, file) };
  return { arg, root: { path, include: [glob] }, matches: globMatcher(path, [glob]) };
}

/** Exit 2 for a path or pattern that matches no Markdown file: a typo in CI must not pass silently. */
export function checkMatched(targets: Targets, files: readonly { readonly path: string }[], skipped: readonly ScanSkip[]): void {
  const unmatched = targets.unmatched([...files.map((f) => f.path), ...skipped.map((s) => s.path)]);
  if (!unmatched.length) return;
  const list = unmatched.map((a) => `'${a}'`).join(', ');
  throw new CliError(`no Markdown files match ${list}; check the path, or pass --no-error-on-unmatched-pattern to allow it`);
}
