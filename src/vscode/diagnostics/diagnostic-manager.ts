// Owns the Handoff diagnostic collection. Open documents are linted from the editor buffer as the
// user types (debounced); with `handoff.lint.scope: workspace` every other handoff shows the
// issues the workspace index computed from disk. An open document's lint is synchronous: it reads
// the buffer and publishes in one turn of the event loop, so no edit, close or reset can come in
// between and a stale result cannot be published (docs/ARCHITECTURE.md, "Data flow").
import * as vscode from 'vscode';
import type { LintIssue } from '../../core/index';
import { toDiagnostic } from '../convert';
import { readSettings } from '../settings';
import type { WorkspaceFiles } from '../workspace-files';
import type { WorkspaceIndex } from '../workspace-index';
import { Debouncer } from './debouncer';
import type { LintService } from './lint-service';

const TYPING_DELAY_MS = 250;

export class DiagnosticManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('handoff');
  private readonly pending = new Debouncer(TYPING_DELAY_MS);
  private readonly disposables: vscode.Disposable[] = [this.collection, this.pending];
  /** False until the first reset: nothing is linted before the config is known (activation does not wait for it). */
  private ready = false;

  constructor(
    private readonly lint: LintService,
    private readonly files: WorkspaceFiles,
    private readonly workspace: WorkspaceIndex,
    private readonly rulesDoc: vscode.Uri,
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.lintOpen(d)),
      ws.onDidChangeTextDocument((e) => this.schedule(e.document)),
      ws.onDidCloseTextDocument((d) => this.onClosed(d)),
      workspace.index.onDidChange((paths) => this.publishIndexed(paths)),
    );
  }

  /** Clears everything and lints again: open documents from their buffers, the rest from the index. */
  reset(): void {
    this.ready = true;
    this.lint.clear();
    this.collection.clear();
    for (const document of vscode.workspace.textDocuments) this.lintOpen(document);
    this.publishIndexed(undefined);
  }

  private lintOpen(document: vscode.TextDocument): void {
    if (!this.ready || document.isClosed || document.languageId !== 'markdown' || !this.files.isIncluded(document.uri)) return;
    this.publish(document.uri, this.lint.lintOpenDocument(document).issues);
  }

  private schedule(document: vscode.TextDocument): void {
    this.pending.schedule(document.uri.toString(), () => this.lintOpen(document));
  }

  /** Publishes index results for files not open in an editor (the buffer wins while open). */
  private publishIndexed(paths: readonly string[] | undefined): void {
    const keys = paths ?? this.workspace.index.all().map((e) => e.path);
    for (const key of keys) {
      const uri = vscode.Uri.parse(key);
      if (this.isOpen(uri)) continue;
      const entry = this.workspace.index.get(key);
      if (!entry || readSettings(uri).lintScope !== 'workspace') this.collection.delete(uri);
      else this.publish(uri, entry.issues);
    }
  }

  private onClosed(document: vscode.TextDocument): void {
    this.lint.forget(document.uri);
    this.pending.cancel(document.uri.toString());
    this.collection.delete(document.uri);
    // Unsaved edits were dropped: what is on disk counts now.
    if (!document.isUntitled) void this.workspace.indexFile(document.uri).then(() => this.publishIndexed([document.uri.toString()]));
  }

  private publish(uri: vscode.Uri, issues: readonly LintIssue[]): void {
    if (issues.length === 0) this.collection.delete(uri);
    else this.collection.set(uri, issues.map((i) => toDiagnostic(i, this.rulesDoc)));
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
