// `handoff lint` per file: read it, keep it only if it is a handoff, lint it with the config in
// force for its folder. Runs in this thread, or spread over worker threads (lint-workers.ts) for
// big repositories; both give the same outcomes.
import {
  DEFAULT_MAX_FILE_SIZE,
  dirname,
  isExcludedByConfig,
  lintDocument,
  parseHandoff,
  readHandoffFile,
  relative,
  type ConfigInForce,
  type FileSystem,
  type FoundFile,
  type ScanSkip,
} from '../core/index';
import { toProblem, type Problem } from './formatters/json';

export interface FileOutcome {
  readonly path: string;
  /** Why the file was not read (binary, too large, unreadable, vanished). */
  readonly skip?: ScanSkip;
  readonly handoff: boolean;
  readonly invalidUtf8: boolean;
  readonly problems: readonly Problem[];
}

/** Gives the config in force for a folder (its problems are the caller's to report). */
export type ConfigFor = (folder: string) => Promise<ConfigInForce>;

export async function lintFile(fs: FileSystem, file: FoundFile, configFor: ConfigFor, cwd: string, today: string): Promise<FileOutcome> {
  const read = await readHandoffFile(fs, file, DEFAULT_MAX_FILE_SIZE);
  if (read.skip) return { path: file.path, skip: read.skip, handoff: false, invalidUtf8: false, problems: [] };
  const handoff = read.handoff;
  if (!handoff) return { path: file.path, handoff: false, invalidUtf8: false, problems: [] };
  const found = await configFor(dirname(file.path));
  if (isExcludedByConfig(found, file.path)) return { path: file.path, handoff: false, invalidUtf8: false, problems: [] };
  const config = found.config;
  const shown = relative(cwd, file.path) || '.';
  const issues = lintDocument(parseHandoff(handoff.text, handoff.header), { config, today });
  return { path: file.path, handoff: true, invalidUtf8: handoff.invalidUtf8, problems: issues.map((issue) => toProblem(shown, issue)) };
}

/** Lints `files` one after the other in this thread. */
export async function lintFilesHere(fs: FileSystem, files: readonly FoundFile[], configFor: ConfigFor, cwd: string, today: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await lintFile(fs, file, configFor, cwd, today));
  return outcomes;
}

/** Lints files on other threads. */
export interface LintWorkers {
  /** Fewer files than this are not worth starting threads for. */
  readonly minFiles: number;
  lint(files: readonly FoundFile[], configFor: ConfigFor, cwd: string, today: string): Promise<FileOutcome[]>;
}
