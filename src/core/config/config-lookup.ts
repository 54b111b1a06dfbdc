// The one config lookup of the CLI and the editor: the config in force for a file is the nearest
// `.handoff.yml` / `.handoff.yaml` in its folder or a folder above it, up to the repository root
// (a folder holding `.git`) or the lookup's root (the editor's workspace folder), else the defaults.
// Reads go through the FileSystem port; a config that cannot be read or parsed is never an
// exception but problems of that file (rule `config`), and the valid rest still applies.
import { decodeMarkdown } from '../index/decode';
import { findMarkdownFiles } from '../index/scan';
import { describeFileError, fileErrorKind, type FileSystem } from '../ports';
import { globMatcher, matchesPathOrFolder, type PathMatcher } from '../util/glob';
import { basename, dirname, extname, isWithin, join } from '../util/paths';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfig, MAX_CONFIG_LENGTH, tooLargeMessage, type ConfigProblem } from './load-config';
import type { LintIssue } from '../lint/rule';
import type { HandoffConfig } from './types';

/** The rule id config problems are reported under, in every output and in the Problems panel. */
export const CONFIG_RULE_ID = 'config';
export const CONFIG_RULE_DESCRIPTION = 'The .handoff.yml in force must be valid YAML with known keys and valid values.';

/** A config file as read: its text (empty when unreadable), what applies, and its problems. */
export interface ConfigFile {
  readonly path: string;
  readonly text: string;
  readonly config: HandoffConfig;
  readonly problems: readonly ConfigProblem[];
}

/** The config in force for a folder, and the file it comes from (none for the defaults). */
export interface ConfigInForce {
  readonly config: HandoffConfig;
  readonly file?: ConfigFile;
}

export interface ConfigLookupOptions {
  /** Rule ids a config may name under `rules:` (others are problems). */
  readonly ruleIds?: readonly string[];
  /** The walk up stops here too (the editor's workspace folder). */
  readonly root?: string;
  /** The machine's time zone, for configs that name none (`timezone:`). */
  readonly timeZone?: string;
}

const ORIGIN = { line: 0, character: 0 };
const AT_START = { start: ORIGIN, end: ORIGIN };

export class ConfigLookup {
  private readonly byFolder = new Map<string, Promise<ConfigInForce>>();
  private readonly settled = new Map<string, ConfigInForce>();
  private readonly read = new Map<string, ConfigFile>();

  constructor(
    private readonly fs: FileSystem,
    private readonly options: ConfigLookupOptions = {},
  ) {}

  forFile(path: string): Promise<ConfigInForce> {
    return this.forFolder(dirname(path));
  }

  /** Never rejects: unreadable configs and folders end as problems or as the defaults. */
  forFolder(folder: string): Promise<ConfigInForce> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookup(folder).then((result) => {
        this.settled.set(folder, result);
        return result;
      });
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** The answer for a folder already looked up (forFolder resolved), without waiting. */
  peek(folder: string): ConfigInForce | undefined {
    return this.settled.get(folder);
  }

  /** Every config file read so far, in path order: their problems are reported once each. */
  files(): ConfigFile[] {
    return [...this.read.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Forgets every answer at or below `folder` (all without one): a config there changed. */
  forget(folder?: string): void {
    for (const map of [this.byFolder, this.settled, this.read]) {
      for (const key of [...map.keys()]) if (folder === undefined || isWithin(folder, key)) map.delete(key);
    }
  }

  /** Reads one config file (also `--config FILE`); undefined when there is no such file. */
  async load(path: string): Promise<ConfigFile | undefined> {
    const known = this.read.get(path);
    if (known) return known;
    let file: ConfigFile;
    try {
      file = this.parse(path, await this.fs.readFile(path));
    } catch (error) {
      const kind = fileErrorKind(error);
      if (kind === 'not-found' || kind === 'not-a-directory') return undefined;
      file = problemFile(path, `Cannot read the config: ${describeFileError(error)}; the defaults apply`);
    }
    this.read.set(path, file);
    return file;
  }

  private async lookup(folder: string): Promise<ConfigInForce> {
    for (const name of CONFIG_FILE_NAMES) {
      const file = await this.load(join(folder, name));
      if (file) return { config: this.withZone(file.config), file };
    }
    const parent = dirname(folder);
    if (parent === folder || folder === this.options.root || (await this.isRepositoryRoot(folder))) return { config: this.withZone(defaultConfig()) };
    return this.forFolder(parent);
  }

  /** The config with the machine's zone when it names none. */
  withZone(config: HandoffConfig): HandoffConfig {
    const timeZone = config.timeZone ?? this.options.timeZone;
    return timeZone === config.timeZone ? config : { ...config, timeZone };
  }

  private async isRepositoryRoot(folder: string): Promise<boolean> {
    try {
      await this.fs.stat(join(folder, '.git')); // a folder, or a file in a git worktree
      return true;
    } catch {
      return false;
    }
  }

  private parse(path: string, bytes: Uint8Array): ConfigFile {
    // loadConfig checks the length too; checking bytes first saves decoding a huge file.
    if (bytes.length > MAX_CONFIG_LENGTH) return problemFile(path, tooLargeMessage(bytes.length));
    const decoded = decodeMarkdown(bytes);
    if (decoded.binary) return problemFile(path, 'The config is not a text file: the defaults apply');
    const { config, problems } = loadConfig(decoded.text, { ruleIds: this.options.ruleIds });
    return { path, text: decoded.text, config, problems };
  }
}

/** A config file's problems as lint results of that file: errors of rule `config`. */
export function configIssues(file: ConfigFile): LintIssue[] {
  return file.problems.map((p) => ({ ruleId: CONFIG_RULE_ID, severity: 'error', message: p.message, range: p.range, fixes: [] }));
}

function problemFile(path: string, message: string): ConfigFile {
  return { path, text: '', config: defaultConfig(), problems: [{ message, range: AT_START }] };
}

/**
 * True when the config's `exclude:` globs (relative to its folder; a matched folder excludes what
 * is under it) match `path`. The one place that matches them, with the same matcher as the CLI's
 * patterns and the editor's exclusion settings.
 */
export function isExcludedByConfig(found: ConfigInForce, path: string): boolean {
  const exclude = found.config.exclude;
  if (!found.file || !exclude.length) return false;
  const base = dirname(found.file.path);
  let byBase = excludeMatchers.get(exclude);
  if (!byBase) excludeMatchers.set(exclude, (byBase = new Map()));
  let matcher = byBase.get(base);
  if (!matcher) byBase.set(base, (matcher = globMatcher(base, exclude)));
  return matchesPathOrFolder(matcher, base, path);
}

/**
 * Compiled `exclude:` globs, keyed by all a matcher is made of — the glob list (by identity: one
 * per config read) and the folder they are relative to — so two configs or workspaces never get
 * each other's, whatever objects they share.
 */
const excludeMatchers = new WeakMap<readonly string[], Map<string, PathMatcher>>();

const CONFIG_EXTENSIONS = [...new Set(CONFIG_FILE_NAMES.map(extname))];

/**
 * Every config file under `root`, by the scanner's walk (.gitignore honoured, node_modules and .git
 * skipped): the editor shows each one's problems and watches them. A walk, not a search, so it
 * also answers in virtual workspaces without a search provider.
 */
export async function findConfigFiles(fs: FileSystem, root: string): Promise<string[]> {
  const names: readonly string[] = CONFIG_FILE_NAMES;
  const files = await findMarkdownFiles(fs, [root], { extensions: CONFIG_EXTENSIONS });
  return files.map((f) => f.path).filter((path) => names.includes(basename(path)));
}
