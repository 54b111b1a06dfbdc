// `handoff lint` per file: read it, keep it only if it is a handoff, lint it with the config in
// force for its folder. Runs in this thread, or spread over worker threads (lint-workers.ts) for
// big repositories; both give the same outcomes.
import {
  DEFAULT_MAX_FILE_SIZE,
  dirname,
  lintDocument,
  parseHandoff,
  readHandoffFile,
  relative,
  type FileSystem,
  type FoundFile,
  type HandoffConfig,
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
  /** The folder whose config could not be loaded (the caller reports that error). */
  readonly configFailed?: string;
}

/** Gives the config for a folder, or undefined when loading it failed. */
export type ConfigLookup = (folder: string) => Promise<HandoffConfig | undefined>;

export async function lintFile(fs: FileSystem, file: FoundFile, configFor: ConfigLookup, cwd: string, today: string): Promise<FileOutcome> {
  const read = await readHandoffFile(fs, file, DEFAULT_MAX_FILE_SIZE);
  if (read.skip) return { path: file.path, skip: read.skip, handoff: false, invalidUtf8: false, problems: [] };
  const handoff = read.handoff;
  if (!handoff) return { path: file.path, handoff: false, invalidUtf8: false, problems: [] };
  const folder = dirname(file.path);
  const config = await configFor(folder);
  if (!config) return { path: file.path, handoff: true, invalidUtf8: handoff.invalidUtf8, problems: [], configFailed: folder };
  const shown = relative(cwd, file.path) || '.';
  const issues = lintDocument(parseHandoff(handoff.text, handoff.header), { config, today });
  return { path: file.path, handoff: true, invalidUtf8: handoff.invalidUtf8, problems: issues.map((issue) => toProblem(shown, issue)) };
}

/** Lints `files` one after the other in this thread. */
export async function lintFilesHere(fs: FileSystem, files: readonly FoundFile[], configFor: ConfigLookup, cwd: string, today: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await lintFile(fs, file, configFor, cwd, today));
  return outcomes;
}

/** Lints files on other threads. */
export interface LintWorkers {
  /** Fewer files than this are not worth starting threads for. */
  readonly minFiles: number;
  lint(files: readonly FoundFile[], configFor: ConfigLookup, cwd: string, today: string): Promise<FileOutcome[]>;
}
