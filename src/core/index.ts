// The public surface of the core. src/vscode and src/cli import from here only.
export * from './model/text';
export * from './model/handoff';
export * from './config/types';
export { CONFIG_FILE_NAMES, defaultConfig, loadConfig, MAX_CONFIG_LENGTH, type ConfigProblem, type LoadedConfig } from './config/load-config';
export { CONFIG_RULE_DESCRIPTION, CONFIG_RULE_ID, ConfigLookup, configIssues, findConfigFiles, isExcludedByConfig, type ConfigFile, type ConfigInForce, type ConfigLookupOptions } from './config/config-lookup';
export { BUILTIN_TYPES } from './types/builtin-types';
export type { Field, FrontMatter, FrontMatterBlock, YamlProblem } from './model/front-matter';
export { findFrontMatter } from './parse/front-matter/find-front-matter';
export { parseFrontMatter } from './parse/front-matter/parse-front-matter';
export { mayBeHandoff, parseHandoff, readHeader } from './parse/parse-handoff';
export { setFieldEdit, setFieldsEdits, type FieldEdits } from './edit/front-matter-edit';
export { closest } from './util/closest';
export { addDays, daysBetween, isTimeZone, isValidDate, machineTimeZone, readDate, todayIn } from './util/dates';
export type { Fix, LintIssue, RegisteredRule, Rule } from './lint/rule';
export { lintDocument, lintText, localToday, MAX_LINT_LENGTH, resolveSeverity, type LintOptions } from './lint/engine';
export { RULE_IDS, RULES, REPOSITORY_URL, ruleDocUrl } from './lint/registry';
export { buildSnippets, firstSectionBodyLine, renderHandoff, yamlScalar, type Snippet, type TemplateValues } from './templates/render-template';
export { handoffFolder, planNewHandoff, slugify, type NewHandoffPlan } from './templates/new-handoff';
export { describeFileError, errorCode, fileErrorKind, type DirectoryEntry, type FileErrorKind, type FileKind, type FileStat, type FileSystem, type SyncFileSystem } from './ports';
export { basename, dirname, extname, isAbsolute, isWithin, join, normalize, relative } from './util/paths';
export {
  ALWAYS_EXCLUDED,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_FILE_SIZE,
  MARKDOWN_EXTENSIONS,
  findMarkdownFiles,
  type FoundFile,
  type ScanOptions,
  type ScanRoot,
  type ScanSkip,
  type SkipReason,
} from './index/scan';
export { readHandoffFile, readMarkdownFile, scanHandoffs, type HandoffFileRead, type HandoffScan, type HandoffScanOptions, type ReadResult, type ScannedHandoff } from './index/scan-handoffs';
export { decodeMarkdown, formatSize, type Decoded } from './index/decode';
export { globMatcher, matchesPathOrFolder, splitGlob, type PathMatcher } from './util/glob';
export { checklistProgress, summarizeHandoff, summarizeHeader, type ChecklistProgress, type HandoffSummary } from './index/summary';
export { HandoffIndex, indexText, type IndexedHandoff } from './index/handoff-index';
export { awaitingMe, dueBucket, filterHandoffs, FILTERS, GROUP_BYS, groupHandoffs, isAssignedTo, isMe, matchesPerson, type Filter, type GroupBy, type Group } from './index/grouping';
export { acceptEdits, isDoneStatus, isGatedStatus, nextStatuses, returnEdits, setStatusEdits, statusStamps, transitionBlockers } from './workflow/transitions';
export { assistContext, hoverText, suggestions, type AssistContext, type Suggestion, type WorkspaceKnowledge } from './authoring/front-matter-assist';
export { computeMetrics, NONE, type DurationBreakdown, type MilestoneDurations, type HandoffMetrics, type HandoffRef, type MetricsEntry, type MetricsOptions, type RuleCount } from './metrics/compute-metrics';
export { durations, quantile, type Durations } from './metrics/stats';
export { EMPTY_HISTORY, firstSeenArgs, keyHistory, mergeHistories, parseFirstSeen, parseStatusChanges, statusChangesArgs, type HandoffHistory, type StatusChange } from './metrics/git-history';
export { createLimiter, type Limiter } from './index/limit';
