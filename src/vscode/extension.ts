// Composition root: builds the adapters over the core and wires them to VS Code. No logic here.
import * as vscode from 'vscode';
import { LintCodeActionProvider } from './code-actions/lint-code-actions';
import { registerCommands } from './commands/command';
import { LintWorkspaceCommand } from './commands/lint-workspace';
import { NewHandoffCommand } from './commands/new-handoff';
import { ConfigStore } from './config-store';
import { DiagnosticManager } from './diagnostics/diagnostic-manager';
import { LintService } from './diagnostics/lint-service';
import { Me } from './me';
import { affectsSettings } from './settings';
import { WorkspaceFiles } from './workspace-files';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Handoff', { log: true });
  const configs = new ConfigStore();
  const files = new WorkspaceFiles(log);
  const lint = new LintService(configs);
  const rulesDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'RULES.md');
  const diagnostics = new DiagnosticManager(lint, files, rulesDoc);

  context.subscriptions.push(
    log,
    configs,
    files,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new LintCodeActionProvider(lint), {
      providedCodeActionKinds: LintCodeActionProvider.providedCodeActionKinds,
    }),
    registerCommands([new LintWorkspaceCommand(diagnostics), new NewHandoffCommand(configs, new Me())]),
    configs.onDidChange(() => void diagnostics.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => affectsSettings(e) && void diagnostics.refresh()),
  );

  await configs.reload();
  // The first workspace lint runs in the background so activation stays fast.
  void diagnostics.refresh().catch((error) => log.error('Workspace lint failed', error));
}

export function deactivate(): void {}
