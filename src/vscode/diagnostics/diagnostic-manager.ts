// Owns the Handoff diagnostic collection. Open documents are linted from the editor buffer as the
// user types (debounced); with `handoff.lint.scope: workspace` every other handoff shows the
// issues the workspace index computed from disk. Results computed for an older document version
// or before a reset are dropped, never published (fresh-results.ts).
import * as vscode from 'vscode';
import type { LintIssue } from '../../core/index';
import { toDiagnostic } from '../convert';
import { readSettings, type LintScope } from '../settings';
import type { WorkspaceFiles } from '../workspace-files';
import type { WorkspaceIndex } from '../workspace-index';
import { Debouncer } from './debouncer';
import { FreshResults } from './fresh-results';
import { JourneyIssues } from './journey-issues';
import type { LintService } from './lint-service';

const TYPING_DELAY_MS = 250;

export class DiagnosticManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('handoff');
  private readonly pending = new Debouncer(TYPING_DELAY_MS);
  /** The cross-document problems (the dashboard counts them too). */
  readonly journeys: JourneyIssues;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.pending];
  private readonly fresh = new FreshResults();
  /** False until the first reset: nothing is linted before the config is known (activation does not wait for it). */
  private ready = false;

  constructor(
    private readonly lint: LintService,
    private readonly files: WorkspaceFiles,
    private readonly workspace: WorkspaceIndex,
  ) {
    const ws = vscode.workspace;
    this.journeys = new JourneyIssues(workspace);
    this.disposables.push(
      this.journeys,
      this.journeys.onDidChange((keys) => this.republish(keys)),
      ws.onDidOpenTextDocument((d) => void this.lintOpen(d)),
      ws.onDidChangeTextDocument((e) => this.schedule(e.document)),
      ws.onDidCloseTextDocument((d) => this.onClosed(d)),
      workspace.index.onDidChange((paths) => this.publishIndexed(paths)),
    );
  }

  /** Clears everything and lints again: open documents from their buffers, the rest from the index. */
  reset(): void {
    this.ready = true;
    this.fresh.invalidate();
    this.lint.clear();
    this.collection.clear();
    for (const document of vscode.workspace.textDocuments) void this.lintOpen(document);
    this.publishIndexed(undefined);
  }

  private async lintOpen(document: vscode.TextDocument): Promise<void> {
    if (!this.ready || document.languageId !== 'markdown' || !this.files.isIncluded(document.uri)) return;
    const lint = async () => (await this.lint.lintOpenDocument(document)).issues;
    await this.fresh.publishIfCurrent(document, lint, (issues) => this.publish(document.uri, issues));
  }

  private schedule(document: vscode.TextDocument): void {
    this.pending.schedule(document.uri.toString(), () => void this.lintOpen(document));
  }

  /**
   * Publishes index results for files not open in an editor (the buffer wins while open), all in
   * one message to the Problems panel: a scan's batch is many files.
   */
  private publishIndexed(paths: readonly string[] | undefined): void {
    const index = this.workspace.index;
    const keys = paths ?? [...index.all().map((e) => e.path), ...index.hinted()];
    const open = this.openKeys();
    const scopes = new Map<string, LintScope>(); // a resource setting: read once per workspace folder
    const scopeOf = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
      const key = folder?.toString() ?? '';
      let scope = scopes.get(key);
      if (scope === undefined) scopes.set(key, (scope = readSettings(folder ?? uri).lintScope));
      return scope;
    };
    const entries: [vscode.Uri, readonly LintIssue[] | undefined][] = [];
    for (const key of keys) {
      if (open.has(key)) continue;
      const uri = vscode.Uri.parse(key);
      const issues = index.issuesOf(key);
      entries.push([uri, issues && scopeOf(uri) === 'workspace' ? issues : undefined]);
    }
    this.publishAll(entries);
  }

  /** Publishes again the files whose cross-document issues changed: open ones from their buffers. */
  private republish(keys: readonly string[]): void {
    if (!this.ready) return;
    const open = new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d]));
    for (const key of keys) {
      const document = open.get(key);
      if (document) void this.lintOpen(document);
    }
    this.publishIndexed(keys.filter((k) => !open.has(k)));
  }

  private onClosed(document: vscode.TextDocument): void {
    this.lint.forget(document.uri);
    this.pending.cancel(document.uri.toString());
    this.collection.delete(document.uri);
    // Unsaved edits were dropped: what is on disk counts now.
    if (!document.isUntitled) void this.workspace.indexFile(document.uri).then(() => this.publishIndexed([document.uri.toString()]));
  }

  /** A file's own issues and its cross-document ones (from the index: what is on disk). */
  private publish(uri: vscode.Uri, own: readonly LintIssue[]): void {
    this.publishAll([[uri, own]]);
  }

  /**
   * One `set` for many files (each `set` call is a message to the window): each file's own issues
   * and its cross-document ones; undefined (not linted here) or no issues at all clears a file.
   */
  private publishAll(files: readonly (readonly [vscode.Uri, readonly LintIssue[] | undefined])[]): void {
    if (files.length === 0) return;
    this.collection.set(
      files.map(([uri, own]) => {
        if (!own) return [uri, undefined];
        const journeys = this.journeys.get(uri.toString());
        const issues = journeys.length ? [...own, ...journeys] : own;
        return [uri, issues.length ? issues.map((i) => toDiagnostic(i)) : undefined];
      }),
    );
  }

  /** The file's cross-document issues (with their fixes, for quick fixes): computed from the index, what is on disk. */
  crossDocumentIssues(uri: vscode.Uri): readonly LintIssue[] {
    return this.journeys.get(uri.toString());
  }

  private openKeys(): Set<string> {
    return new Set(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => d.uri.toString()));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
