// Lints one document's text with the configuration and settings that apply to it,
// remembering the last result per document version for the code-action provider.
import * as vscode from 'vscode';
import { blankLinesBeforeFrontMatter, isExcludedByConfig, lintText, mayBeHandoff, MAX_LINT_LENGTH, type HandoffDocument, type LintIssue } from '../../core/index';
import type { ConfigStore } from '../config-store';
import { readSettings } from '../settings';
import type { Today } from '../today';

export interface LintResult {
  readonly doc: HandoffDocument | undefined;
  readonly issues: readonly LintIssue[];
}

const NOT_A_HANDOFF: LintResult = { doc: undefined, issues: [] };

export class LintService {
  private readonly cache = new Map<string, { version: number; result: Promise<LintResult> }>();

  private readonly warnedTooLarge = new Set<string>();

  constructor(
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly today: Today,
  ) {}

  async lintText(text: string, uri: vscode.Uri): Promise<LintResult> {
    // Ordinary Markdown costs one string check, never a parse (a blank line first, a second one).
    if (!mayBeHandoff(text) && blankLinesBeforeFrontMatter(text) === 0) return NOT_A_HANDOFF;
    const found = await this.configs.resolve(uri);
    if (isExcludedByConfig(found, uri.path)) return NOT_A_HANDOFF;
    if (text.length > MAX_LINT_LENGTH && !this.warnedTooLarge.has(uri.toString())) {
      this.warnedTooLarge.add(uri.toString());
      this.log.warn(`Not linting ${vscode.workspace.asRelativePath(uri)}: ${(text.length / 1048576).toFixed(1)} MB is over the ${MAX_LINT_LENGTH / 1048576} MB limit for a handoff`);
    }
    return lintText(text, { config: found.config, severities: readSettings(uri).ruleSeverities, today: this.today.in(found.config.timeZone) });
  }

  /** The lint result for an open document, reusing the last one while the version is unchanged. */
  lintOpenDocument(document: vscode.TextDocument): Promise<LintResult> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.lintText(document.getText(), document.uri);
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  clear(): void {
    this.cache.clear();
  }
}
