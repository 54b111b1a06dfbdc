// `handoff.refresh`: scans the workspace again and re-lints; also what a config change runs.
// `{ today: 'YYYY-MM-DD' }` (tests) lints as of that day from then on; menus and the palette pass
// nothing, which goes back to the clock.
import * as vscode from 'vscode';
import type { DiagnosticManager } from '../diagnostics/diagnostic-manager';
import type { WorkspaceIndex } from '../workspace-index';
import type { Command } from './command';

export class RefreshCommand implements Command {
  readonly id = 'handoff.refresh';
  constructor(
    private readonly workspace: WorkspaceIndex,
    private readonly diagnostics: DiagnosticManager,
  ) {}

  async execute(options?: unknown): Promise<void> {
    this.workspace.today.pin(typeof options === 'object' && options !== null ? (options as { today?: unknown }).today : undefined);
    await this.rescanAll();
  }

  private async rescanAll(): Promise<void> {
    await vscode.window.withProgress({ location: { viewId: 'handoff.openHandoffs' } }, () => this.workspace.rescan({ reuse: false }));
    this.diagnostics.reset();
  }

  /** A config changed: lints again the files under its folder (all without one), and open documents. */
  async relint(folder: vscode.Uri | undefined): Promise<void> {
    if (!folder) return this.rescanAll();
    const prefix = `${folder.toString()}/`;
    await vscode.window.withProgress({ location: { viewId: 'handoff.openHandoffs' } }, () => this.workspace.rescan({ reuse: true, relint: (key) => key.startsWith(prefix) }));
    this.diagnostics.reset();
  }
}
