// The config in force for each file the CLI reads, and the reporting of configs' problems.
import { ConfigLookup, RULE_IDS, configIssues, dirname, isExcludedByConfig, join, type ConfigInForce, type HandoffConfig } from '../core/index';
import { CliError } from './args';
import type { CliContext } from './context';
import { toProblem, type Problem } from './formatters/json';
import { displayPath } from './repository';

/**
 * The config in force for each file, from the core's ConfigLookup (the editor's too): `--config
 * FILE` for all, else the nearest `.handoff.yml` / `.handoff.yaml` in the file's folder or a
 * folder above it up to the repository root (so `handoff lint examples` uses
 * examples/.handoff.yml, as the editor would with examples/ open), else the defaults. A config's
 * problems never stop a command: `lint` reports them as results of rule `config`, `list` and
 * `stats` on stderr; only a `--config` file that does not exist is a usage error.
 */
export class ConfigResolver {
  readonly lookup: ConfigLookup;
  private readonly explicit: Promise<ConfigInForce> | undefined;

  constructor(
    private readonly ctx: CliContext,
    configOption: string | undefined,
  ) {
    this.lookup = new ConfigLookup(ctx.fs, { ruleIds: RULE_IDS, timeZone: ctx.timeZone });
    this.explicit = configOption === undefined ? undefined : this.loadExplicit(configOption);
    // Settle early failures only when awaited, without an unhandled rejection in between.
    this.explicit?.catch(() => undefined);
  }

  async forFile(path: string): Promise<HandoffConfig> {
    return (await this.inForce(path)).config;
  }

  async forFolder(folder: string): Promise<HandoffConfig> {
    return (await this.inFolder(folder)).config;
  }

  /** The config in force for a file and where it comes from (for `exclude:`). */
  inForce(path: string): Promise<ConfigInForce> {
    return this.inFolder(dirname(path));
  }

  inFolder(folder: string): Promise<ConfigInForce> {
    return this.explicit ?? this.lookup.forFolder(folder);
  }

  /** True when the `exclude:` of the config in force for `path` leaves it out. */
  async excludes(path: string): Promise<boolean> {
    return isExcludedByConfig(await this.inForce(path), path);
  }

  /** The problems of every config read so far, as lint results of rule `config`. */
  problems(): Problem[] {
    return this.lookup.files().flatMap((file) => {
      const lines = file.text.split('\n'); // the flagged line, for SARIF fingerprints
      return configIssues(file).map((issue) => toProblem(displayPath(this.ctx, file.path), issue, lines[issue.range.start.line] ?? ''));
    });
  }

  /** For commands that report no results (`list`, `stats`): config problems go to stderr, once each. */
  reportProblems(): void {
    for (const p of this.problems()) this.ctx.output.stderr(`${p.file}:${p.line}:${p.column} error ${p.message} (config)\n`);
  }

  private async loadExplicit(option: string): Promise<ConfigInForce> {
    const file = await this.lookup.load(join(this.ctx.cwd, option));
    if (!file) throw new CliError(`cannot read config ${option}: no such file`);
    return { config: this.lookup.withZone(file.config), file };
  }
}

