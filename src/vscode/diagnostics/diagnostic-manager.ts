// Owns the Handoff diagnostic collection: lints open documents as the user types (debounced),
// and every handoff in the workspace when `handoff.lint.scope` is `workspace`. Results that
// were computed before a reset or for an older document version are dropped, never published.
import * as vscode from 'vscode';
import { toDiagnostic } from '../convert';
import { readSettings } from '../settings';
import type { LintService } from './lint-service';
import type { WorkspaceFiles } from '../workspace-files';

const TYPING_DELAY_MS = 250;

export class DiagnosticManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('handoff');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  /** Bumped on every reset; a lint that started under an older generation is not published. */
  private generation = 0;
  private workspaceRun: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly lint: LintService,
    private readonly files: WorkspaceFiles,
    private readonly rulesDoc: vscode.Uri,
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.lintOpen(d)),
      ws.onDidChangeTextDocument((e) => this.schedule(e.document)),
      ws.onDidCloseTextDocument((d) => void this.onClosed(d)),
      files.onDidChange((uri) => void this.lintFromDisk(uri)),
      files.onDidDelete((uri) => this.collection.delete(uri)),
    );
  }

  /** Clears everything and lints again: open documents first, then the workspace. */
  async refresh(): Promise<void> {
    this.generation++;
    this.lint.clear();
    this.collection.clear();
    for (const document of vscode.workspace.textDocuments) this.lintOpen(document);
    await this.lintWorkspace();
  }

  private async lintWorkspace(): Promise<void> {
    this.workspaceRun?.cancel();
    if (readSettings().lintScope !== 'workspace') return;
    const run = (this.workspaceRun = new vscode.CancellationTokenSource());
    const uris = await this.files.findMarkdown(run.token);
    for (const uri of uris) {
      if (run.token.isCancellationRequested) return;
      await this.lintFromDisk(uri);
    }
  }

  private lintOpen(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown' || !this.files.isIncluded(document.uri)) return;
    const version = document.version;
    const generation = this.generation;
    const { issues } = this.lint.lintOpenDocument(document);
    if (generation !== this.generation || document.version !== version) return;
    this.publish(document.uri, issues);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.lintOpen(document);
      }, TYPING_DELAY_MS),
    );
  }

  private async lintFromDisk(uri: vscode.Uri): Promise<void> {
    if (this.isOpen(uri)) return; // the editor buffer is the truth while it is open
    if (readSettings(uri).lintScope !== 'workspace') return;
    const generation = this.generation;
    const text = await this.files.readText(uri);
    if (generation !== this.generation || this.isOpen(uri)) return;
    if (text === undefined) {
      this.collection.delete(uri);
      return;
    }
    this.publish(uri, this.lint.lintText(text, uri).issues);
  }

  private async onClosed(document: vscode.TextDocument): Promise<void> {
    this.lint.forget(document.uri);
    clearTimeout(this.pending.get(document.uri.toString()));
    if (readSettings(document.uri).lintScope === 'open' || document.isUntitled) this.collection.delete(document.uri);
    else await this.lintFromDisk(document.uri); // unsaved edits were dropped: the file on disk is what counts now
  }

  private publish(uri: vscode.Uri, issues: readonly import('../../core/index').LintIssue[]): void {
    if (issues.length === 0) this.collection.delete(uri);
    else this.collection.set(uri, issues.map((i) => toDiagnostic(i, this.rulesDoc)));
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  dispose(): void {
    this.workspaceRun?.cancel();
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
