// `handoff lint` per file: read it, keep it only if it is a handoff, lint it with the config in
// force for its folder. Runs in this thread, or spread over worker threads (lint-workers.ts) for
// big repositories; both give the same outcomes.
import {
  DEFAULT_MAX_FILE_SIZE,
  dirname,
  isExcludedByConfig,
  journeyFacts,
  lintDocument,
  parseHandoff,
  readHandoffFile,
  resolveSeverity,
  RULES,
  type HandoffDocument,
  type LintOptions,
  relative,
  type ConfigInForce,
  type FileSystem,
  type FoundFile,
  type JourneyFacts,
  type LintIssue,
  type ScanSkip,
  type SeveritySetting,
} from '../core/index';
import { fixText } from './fix';
import { toProblem, type Problem } from './formatters/json';

export interface FileOutcome {
  readonly path: string;
  /** Why the file was not read (binary, too large, unreadable, vanished). */
  readonly skip?: ScanSkip;
  readonly handoff: boolean;
  /** A handoff the config's `exclude:` leaves out. */
  readonly excluded?: boolean;
  readonly invalidUtf8: boolean;
  readonly problems: readonly Problem[];
  /** --fix rewrote the file. */
  readonly fixed?: boolean;
  /** What the cross-document rules need of the handoff (lintJourneys). */
  readonly journey?: JourneyFacts;
  /** The rules that ran on it and depend on the date alone (`--cache` re-runs them on another day). */
  readonly dated?: readonly string[];
}

/** Gives the config in force for a folder (its problems are the caller's to report). */
export type ConfigFor = (folder: string) => Promise<ConfigInForce>;

/** How every file is linted; plain data, so it can be sent to worker threads. */
export interface LintSettings {
  /** Problem paths are relative to it. */
  readonly cwd: string;
  /** YYYY-MM-DD; undefined: today in each file's team zone. */
  readonly today?: string;
  /** `--rule ID=SEVERITY`, over the config's `rules:`. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

/** --fix: writes a fixed file (atomically); without it nothing is written. */
export type FixWriter = (path: string, text: string) => Promise<void>;

export async function lintFile(fs: FileSystem, file: FoundFile, configFor: ConfigFor, settings: LintSettings, write?: FixWriter): Promise<FileOutcome> {
  const read = await readHandoffFile(fs, file, DEFAULT_MAX_FILE_SIZE);
  if (read.skip) return { path: file.path, skip: read.skip, handoff: false, invalidUtf8: false, problems: [] };
  const handoff = read.handoff ?? read.meantAsHandoff;
  if (!handoff) return { path: file.path, handoff: false, invalidUtf8: false, problems: [] };
  const found = await configFor(dirname(file.path));
  if (isExcludedByConfig(found, file.path)) return { path: file.path, handoff: false, excluded: true, invalidUtf8: false, problems: [] };
  const config = found.config;
  const shown = relative(settings.cwd, file.path) || '.';
  const options = { config, today: settings.today, severities: settings.severities };
  let doc = parseHandoff(handoff.text, handoff.header);
  let issues: readonly LintIssue[] = lintDocument(doc, options);
  let fixed = false;
  // A file that is not valid UTF-8 is never rewritten: its invalid bytes were read as U+FFFD and would be lost.
  if (write && !handoff.invalidUtf8 && issues.some((i) => i.fixes.some((f) => !f.suggestion))) {
    const outcome = fixText(doc, issues, options);
    if (outcome.changed) {
      await write(file.path, outcome.text);
      ({ doc, issues } = outcome);
      fixed = true;
    }
  }
  const problems = issues.map((issue) => toProblem(shown, issue, doc.lines.lineText(issue.range.start.line)));
  if (!doc.isHandoff) return { path: file.path, handoff: false, invalidUtf8: handoff.invalidUtf8, problems, fixed };
  return { path: file.path, handoff: true, invalidUtf8: handoff.invalidUtf8, problems, fixed, journey: journeyFacts(doc, file.path, options), dated: datedRules(doc, options) };
}

/** The ids of the rules that depend on `today` and that lintDocument runs on `doc`. */
export function datedRules(doc: HandoffDocument, options: LintOptions): string[] {
  const typed = doc.type !== undefined && options.config.types.has(doc.type);
  return RULES.map((r) => r.meta)
    .filter((m) => m.dependsOnToday && !doc.disabledRules.has(m.id) && (typed || !m.requiresType) && resolveSeverity(m.id, m.defaultSeverity, options) !== 'off')
    .map((m) => m.id);
}

/** A handoff's journey facts from its front-matter alone: for the files another shard lints. */
export async function readJourneyFacts(fs: FileSystem, file: FoundFile, configFor: ConfigFor, settings: LintSettings): Promise<JourneyFacts | undefined> {
  const read = await readHandoffFile(fs, file, DEFAULT_MAX_FILE_SIZE);
  if (!read.handoff) return undefined;
  const found = await configFor(dirname(file.path));
  if (isExcludedByConfig(found, file.path)) return undefined;
  return journeyFacts(read.handoff.header, file.path, { config: found.config, today: settings.today, severities: settings.severities });
}

/** Lints `files` one after the other in this thread. */
export async function lintFilesHere(
  fs: FileSystem,
  files: readonly FoundFile[],
  configFor: ConfigFor,
  settings: LintSettings,
  write?: FixWriter,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await lintFile(fs, file, configFor, settings, write));
  return outcomes;
}

/** Lints files on other threads. */
export interface LintWorkers {
  /** Fewer files than this are not worth starting threads for. */
  readonly minFiles: number;
  lint(files: readonly FoundFile[], configFor: ConfigFor, settings: LintSettings): Promise<FileOutcome[]>;
}
