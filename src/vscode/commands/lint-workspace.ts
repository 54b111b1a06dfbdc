import * as vscode from 'vscode';
import type { DiagnosticManager } from '../diagnostics/diagnostic-manager';
import type { Command } from './command';

/** Re-lints every handoff in the workspace and shows the Problems panel. */
export class LintWorkspaceCommand implements Command {
  readonly id = 'handoff.lintWorkspace';

  constructor(private readonly diagnostics: DiagnosticManager) {}

  async execute(): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Handoff: linting handoffs' }, () => this.diagnostics.refresh());
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}
