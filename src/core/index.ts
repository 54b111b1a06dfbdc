// The public surface of the core. src/vscode and src/cli import from here only.
export * from './model/text';
export * from './model/handoff';
export * from './config/types';
export { CONFIG_FILE_NAMES, DEFAULT_REQUIRED_FIELDS, defaultConfig, loadConfig, type ConfigProblem, type LoadedConfig } from './config/load-config';
export { BUILTIN_TYPES } from './types/builtin-types';
export { findFrontMatter, parseFrontMatter, type Field, type FrontMatter, type FrontMatterBlock, type YamlProblem } from './parse/front-matter';
export { mayBeHandoff, parseHandoff, readHeader } from './parse/parse-handoff';
export { setFieldEdit } from './edit/front-matter-edit';
export { closest } from './util/closest';
export { addDays, daysBetween, isValidDate } from './util/dates';
export type { Fix, LintIssue, Rule } from './lint/rule';
export { isOpenHandoff, lintDocument, lintText, localToday, resolveSeverity, type LintOptions } from './lint/engine';
export { RULE_IDS, RULES, ruleDocPath } from './lint/registry';
