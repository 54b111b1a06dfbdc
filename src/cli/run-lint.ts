// `handoff lint [paths or globs...]`: lints every handoff with the same core function the editor uses.
import { CONFIG_RULE_DESCRIPTION, CONFIG_RULE_ID, RULES, WORKSPACE_RULES, defaultConfig, dirname, ruleDocUrl, findMarkdownFiles, join, relative, resolveSeverity, type FileSystem, type FoundFile, type HandoffConfig, type ScanSkip } from '../core/index';
import { CliError, booleanOption, choiceOption, countOption, parseArgs, stringOption, type ParsedArgs } from './args';
import { formatGithub } from './formatters/github';
import { formatJson, type Problem } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { severityOverrides, writeOutput } from './lint-options';
import { changedMarkdownFiles, gitChanges } from './changed-files';
import { cacheFolder } from './cache-folder';
import { LintCache } from './lint-cache';
import type { CacheScope } from './cache-prune';
import { nodeGit } from '../node/git-runner';
import { inShard, parseShard, type Shard } from './shard';
import { lintFile, lintFilesHere, type ConfigFor, type FileOutcome, type FixWriter, type LintSettings } from './lint-files';
import { addJourneyProblems } from './journey-problems';
import { checkMatched, resolveTargets } from './targets';
import { ANSI, PLAIN, useColors } from './terminal';
import { ConfigResolver } from './config-resolver';
import { EXIT_OK, EXIT_PROBLEMS, errorLine, guarded, plural, givenToday, type CliContext } from './context';
import { repositoryName, repositoryRoot } from './repository';
import { reportScan } from './scan';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const LINT_HELP = `Usage: handoff lint [paths or globs...] [options]
       handoff lint - --stdin-filename PATH [options]

Lints the Markdown handoff notes under the given files and folders (default: the current
folder). Honours .gitignore files; never enters node_modules or .git; Markdown files without a
\`handoff:\` front-matter key are skipped unread beyond their front-matter.
Globs: * stays within a folder, ** crosses folders, {a,b} expands, and '!glob' leaves files out.
Quote globs so the shell leaves them alone: handoff lint 'handoffs/**/*.md' '!handoffs/archive'

Options:
  --format FORMAT     text (default), json, sarif (GitHub code scanning) or github
                      (GitHub Actions annotations); json, sarif and github name files from the
                      repository root (GITHUB_WORKSPACE, or the folder holding .git)
  -o, --output-file FILE  write the report to FILE instead of stdout
  --config FILE       config file for every file (default: the nearest .handoff.yml or
                      .handoff.yaml in the file's folder or a folder above it)
  --rule ID=SEVERITY  set a rule's severity: off, info, warning or error (repeatable)
  --today YYYY-MM-DD  the date that due dates and ages are measured against (default: today)
  --fix               apply every available fix to the files, then report what is left
  --stdin-filename PATH  with '-': lint stdin as the file PATH (its config, its name in reports)
  --cache             remember each file's results (by content, config and tool version) and
                      lint only what changed since the last --cache run; same output
  --cache-location DIR  where --cache keeps them (default: node_modules/.cache/handoff/ under
                      the repository root)
  --changed-since REF lint only the Markdown files added or changed since the merge-base of REF
                      and HEAD (committed, uncommitted or untracked), those governed by a changed
                      .handoff.yml and the handoffs linked to changed ones; needs git
  --shard i/n         lint only the i-th of n parts of the files (split by a hash of each path
                      from the repository root), for n CI runners; see handoff merge-reports
  --max-warnings N    fail when there are more than N warnings (default: no limit)
  --quiet             report errors only (warnings still count for --max-warnings)
  --no-error-on-unmatched-pattern  do not fail when a path or pattern matches no Markdown file
  --color, --no-color colours in text output (default: when stdout is a terminal and NO_COLOR
                      is not set)
  -h, --help          show this help

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  bad usage (including a path or pattern that matches nothing) or an internal error (one
     line on stderr)

Problems in a .handoff.yml (YAML errors, unknown keys, invalid values) are errors of that
file, rule \`config\`, in every format; the valid rest of the config still applies.

Files that cannot be linted (binary, over 2 MB, unreadable) get one line each on stderr.
`;

/** Returns the exit code; every error ends as one line on stderr and code 2. */
export function runLint(argv: readonly string[], ctx: CliContext): Promise<number> {
  return guarded(ctx, () => lint(argv, ctx));
}

async function lint(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {
    command: 'handoff lint',
    options: {
      format: 'string',
      'output-file': 'string',
      config: 'string',
      rule: 'strings',
      today: 'string',
      fix: 'boolean',
      'stdin-filename': 'string',
      'max-warnings': 'string',
      quiet: 'boolean',
      'no-error-on-unmatched-pattern': 'boolean',
      cache: 'boolean',
      shard: 'string',
      'changed-since': 'string',
      'cache-location': 'string',
      color: 'boolean',
      'no-color': 'boolean',
      help: 'boolean',
    },
    aliases: { h: 'help', o: 'output-file' },
  });
  if (booleanOption(args, 'help')) {
    ctx.output.stdout(LINT_HELP);
    return EXIT_OK;
  }
  const format = choiceOption(args, 'format', LINT_FORMATS, 'text');
  try {
    return await lintWith(args, format, ctx);
  } catch (error) {
    // A SARIF upload step needs a SARIF file even when nothing could be linted.
    if (format === 'sarif') await writeOutput(ctx, stringOption(args, 'output-file'), render('sarif', [], defaultConfig(), NO_SETTINGS, ctx.version, errorLine(error))).catch(() => undefined);
    throw error;
  }
}

const NO_SETTINGS: LintSettings = { cwd: '/', severities: {} };

async function lintWith(args: ParsedArgs, format: LintFormat, ctx: CliContext): Promise<number> {
  const maxWarnings = countOption(args, 'max-warnings');
  const quiet = booleanOption(args, 'quiet');
  const settings: LintSettings = { cwd: ctx.cwd, today: givenToday(ctx, args), severities: severityOverrides(args) };
  const configs = new ConfigResolver(ctx, stringOption(args, 'config'));
  // The current folder's config is checked even when no file below uses it; SARIF lists its severities.
  const config = await configs.forFolder(ctx.cwd);
  const configFor: ConfigFor = (folder) => configs.inFolder(folder);
  const shardOption = stringOption(args, 'shard');
  const shard = shardOption === undefined ? undefined : parseShard(shardOption);
  const write = booleanOption(args, 'fix') ? fixWriter(ctx) : undefined;

  const { outcomes, skipped, others } = args.positionals.includes('-')
    ? await lintStdin(ctx, args, configFor, settings, write)
    : await lintFiles(ctx, args, configFor, settings, write, shard);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // --changed-since reads only the changed files: whether a follower exists elsewhere is unknown, so
  // missing-next (which needs every handoff) is left to a full run rather than guessed.
  await addJourneyProblems(ctx.fs, outcomes, settings, { others: others ?? [], configFor, left: stringOption(args, 'changed-since') !== undefined ? ['missing-next'] : [] });
  reportScan(
    ctx,
    [...skipped, ...outcomes.flatMap((o) => (o.skip ? [o.skip] : []))],
    outcomes.filter((o) => o.invalidUtf8).map((o) => o.path),
  );
  const handoffs = outcomes.filter((o) => o.handoff).length;
  // Config problems first: they explain what follows.
  const problems = [...(await configProblems(ctx, configs, shard)), ...outcomes.flatMap((o) => o.problems)];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const shown = quiet ? problems.filter((p) => p.severity === 'error') : problems;

  const outputFile = stringOption(args, 'output-file');
  const colors = useColors(colorOption(args), outputFile === undefined && !!ctx.stdoutIsTerminal, ctx.env ?? {}) ? ANSI : PLAIN;
  let report: string;
  if (format === 'text') {
    report = formatText(shown, { handoffs, fixed: outcomes.filter((o) => o.fixed).length }, colors);
  } else {
    // Code scanning and annotations resolve paths from the repository root, not the working folder.
    const root = await repositoryRoot(ctx);
    const repository = format === 'github' ? undefined : await repositoryName(ctx, ctx.git ?? nodeGit());
    report = render(format, shown.map((p) => ({ ...p, file: relative(root, join(ctx.cwd, p.file)) })), config, settings, ctx.version, undefined, repository);
  }
  await writeOutput(ctx, outputFile, report);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) {
    ctx.output.stderr(`handoff: ${plural(warnings, 'warning')} found; --max-warnings allows ${maxWarnings}\n`);
  }
  return errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

interface Linted {
  readonly outcomes: FileOutcome[];
  /** Files the walk could not read. */
  readonly skipped: readonly ScanSkip[];
  /** With --shard, the matched files other shards lint: the cross-document rules need them all. */
  readonly others?: readonly FoundFile[];
}

async function lintFiles(ctx: CliContext, args: ParsedArgs, configFor: ConfigFor, settings: LintSettings, write: FixWriter | undefined, shard: Shard | undefined): Promise<Linted> {
  if (stringOption(args, 'stdin-filename') !== undefined) throw new CliError(`--stdin-filename needs '-' (stdin) as the path to lint`);
  const targets = await resolveTargets(ctx, args.positionals);
  // Every Markdown file is read, kept only if it is a handoff, and linted at once (its text then
  // dropped), on worker threads when asked for (HANDOFF_LINT_THREADS) and there are many; the
  // header read to tell handoffs apart is reused, not read again.
  const skipped: ScanSkip[] = [];
  const since = stringOption(args, 'changed-since');
  let files: FoundFile[];
  let others: FoundFile[] | undefined;
  // What this run would lint, for pruning the cache; with --changed-since that is not known (kept while the file exists).
  let scope: CacheScope = since === undefined ? (path) => targets.includes(path) : () => false;
  if (since !== undefined) {
    // Only what git lists is read: no walk, and no pattern is expected to match.
    const git = ctx.git ?? nodeGit();
    files = await changedMarkdownFiles(ctx.fs, git, await gitChanges(git, ctx.cwd, since), targets, configFor, settings);
  } else {
    files = await findMarkdownFiles(ctx.fs, targets.roots, { excluded: targets.excluded, onSkip: (skip) => skipped.push(skip) });
    if (!booleanOption(args, 'no-error-on-unmatched-pattern')) checkMatched(targets, files, skipped);
  }
  if (shard) {
    // Every shard reads the configs of all folders, so the one that owns a config reports its problems.
    for (const folder of new Set(files.map((f) => dirname(f.path)))) await configFor(folder);
    const root = await repositoryRoot(ctx);
    const mine = (path: string) => inShard(relative(root, path), shard);
    const matched = scope;
    scope = (path) => matched(path) && mine(path);
    others = files.filter((f) => !mine(f.path));
    files = files.filter((f) => mine(f.path));
    skipped.splice(0, skipped.length, ...skipped.filter((s) => mine(s.path)));
  }
  const cache = booleanOption(args, 'cache') && !write ? await LintCache.open(ctx, await cacheFolder(ctx, args), settings) : undefined;
  if (cache) return { outcomes: await lintWithCache(ctx, cache, files, configFor, settings, scope), skipped, others };
  const workers = ctx.lintWorkers;
  // --fix writes from this thread: workers only read.
  const outcomes =
    workers && !write && files.length >= workers.minFiles
      ? await workers.lint(files, configFor, settings)
      : await lintFilesHere(ctx.fs, files, configFor, settings, write);
  return { outcomes, skipped, others };
}

/** --cache: files unchanged since the last run are not linted again; the rest are, here, and remembered. */
async function lintWithCache(ctx: CliContext, cache: LintCache, files: readonly FoundFile[], configFor: ConfigFor, settings: LintSettings, scope: CacheScope): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const stale: FoundFile[] = [];
  for (const file of files) {
    const reused = await cache.reuse(ctx.fs, file, configFor, settings);
    if (reused) outcomes.push(reused);
    else stale.push(file);
  }
  const fresh = await lintFilesHere(cache.hashing(ctx.fs), stale, configFor, settings);
  for (let i = 0; i < stale.length; i++) await cache.store(stale[i]!, fresh[i]!, configFor, settings);
  await cache.save(ctx, scope);
  return [...outcomes, ...fresh];
}


/** `handoff lint - --stdin-filename PATH`: stdin linted as if it were PATH, with PATH's config. */
async function lintStdin(ctx: CliContext, args: ParsedArgs, configFor: ConfigFor, settings: LintSettings, write: FixWriter | undefined): Promise<Linted> {
  const name = stringOption(args, 'stdin-filename');
  if (args.positionals.length > 1) throw new CliError(`'-' (stdin) cannot be combined with other paths`);
  if (name === undefined) throw new CliError(`'-' needs --stdin-filename PATH: the file whose config applies and whose name is reported`);
  if (write) throw new CliError(`--fix cannot write to stdin; lint the file itself to fix it`);
  if (!ctx.readStdin) throw new CliError('stdin cannot be read here');
  const bytes = await ctx.readStdin();
  const path = join(ctx.cwd, name.replace(/\\/g, '/'));
  const file: FoundFile = { path, size: bytes.length, mtime: 0 };
  // The file system, except that PATH reads as stdin (whether or not the file exists).
  const fs: FileSystem = {
    readFile: (p) => (p === path ? Promise.resolve(bytes) : ctx.fs.readFile(p)),
    readDirectory: (p) => ctx.fs.readDirectory(p),
    stat: (p) => ctx.fs.stat(p),
  };
  return { outcomes: [await lintFile(fs, file, configFor, settings)], skipped: [] };
}


/** Config problems, by file; with --shard only those of the configs the shard owns (by the same hash). */
async function configProblems(ctx: CliContext, configs: ConfigResolver, shard: Shard | undefined): Promise<Problem[]> {
  let problems = configs.problems();
  if (shard) {
    const root = await repositoryRoot(ctx);
    problems = problems.filter((p) => inShard(relative(root, join(ctx.cwd, p.file)), shard));
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function fixWriter(ctx: CliContext): FixWriter {
  const writeFile = ctx.writeFile;
  if (!writeFile) throw new CliError('--fix cannot write files here');
  return (path, text) => writeFile(path, new TextEncoder().encode(text));
}

function colorOption(args: ParsedArgs): boolean | undefined {
  if (booleanOption(args, 'no-color')) return false;
  return booleanOption(args, 'color') ? true : undefined;
}

function render(format: Exclude<LintFormat, 'text'>, problems: readonly Problem[], config: HandoffConfig, settings: LintSettings, version: string, failure?: string, repository?: string): string {
  switch (format) {
    case 'json':
      return formatJson(problems, repository);
    case 'github':
      return formatGithub(problems);
    case 'sarif': {
      const rules = [
        ...[...RULES, ...WORKSPACE_RULES].map(({ meta }) => ({
          id: meta.id,
          description: meta.docs.description,
          url: meta.docs.url,
          severity: resolveSeverity(meta.id, meta.defaultSeverity, { config, severities: settings.severities }),
        })),
        { id: CONFIG_RULE_ID, description: CONFIG_RULE_DESCRIPTION, url: ruleDocUrl(CONFIG_RULE_ID), severity: 'error' as const },
      ];
      return formatSarif(problems, rules, { name: 'handoff', version, repository }, failure);
    }
    default:
      throw new CliError(`unexpected format ${String(format)}`);
  }
}
