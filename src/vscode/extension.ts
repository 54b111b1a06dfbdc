// Composition root: builds the adapters over the core and wires them to VS Code. No logic here.
// The two entry points (node/, web/) call it with what differs between the hosts (host.ts).
import * as vscode from 'vscode';
import { FrontMatterAssist } from './authoring/front-matter-assist';
import { registerJourneyAuthoring } from './authoring/journey-authoring';
import { LintCodeActionProvider } from './code-actions/lint-code-actions';
import {
  AcceptCommand, AdvanceStatusCommand, FilterCommand, GroupByCommand, NewHandoffCommand, RefreshCommand,
  registerCommands, registerFollowUp, ReturnCommand, RevealInExplorerCommand, ShowDashboardCommand,
} from './commands/index';
import { ConfigStore } from './config-store';
import { indexCacheStore } from './index-cache-file';
import { GitHistoryCache } from './dashboard/git-history';
import { DiagnosticManager } from './diagnostics/diagnostic-manager';
import { LintService } from './diagnostics/lint-service';
import type { Host } from './host';
import { Me } from './me';
import { affectsSettings } from './settings';
import { AwaitingMeIndicator } from './tree/awaiting-me';
import { HandoffTreeProvider } from './tree/handoff-tree';
import { showProgressWhenSlow } from './tree/scan-progress';
import { TreeState } from './tree/tree-state';
import { WorkspaceFiles } from './workspace-files';
import { WorkspaceIndex } from './workspace-index';

const VIEW_ID = 'handoff.openHandoffs';

/** Called by the entry points, node/extension.ts and web/extension.ts, with what differs between them. */
export function activateHandoff(context: vscode.ExtensionContext, host: Host): HandoffTreeProvider {
  const log = vscode.window.createOutputChannel('Handoff', { log: true });
  const me = new Me(host);
  const configs = new ConfigStore();
  const files = new WorkspaceFiles(log);
  const workspace = new WorkspaceIndex(files, configs, indexCacheStore(context, log));
  const lint = new LintService(configs, log, workspace.today);
  const diagnostics = new DiagnosticManager(lint, files, workspace);
  const state = new TreeState(context.workspaceState);
  const tree = new HandoffTreeProvider(workspace, state, configs, me);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const refresh = new RefreshCommand(workspace, diagnostics);
  const assist = new FrontMatterAssist(configs, workspace);
  const dashboard = new ShowDashboardCommand(context.extensionUri, workspace, configs, new GitHistoryCache(host.git), diagnostics.journeys);

  context.subscriptions.push(
    log, configs, files, workspace, diagnostics, state, tree, view, dashboard,
    new AwaitingMeIndicator(view, tree), registerFollowUp(configs, me, workspace),
    workspace.onDidStartScan((scan) => showProgressWhenSlow(VIEW_ID, scan)),
    vscode.window.registerFileDecorationProvider(tree),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new LintCodeActionProvider(lint, diagnostics), {
      providedCodeActionKinds: LintCodeActionProvider.providedCodeActionKinds,
    }),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, assist, ':', ' '),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, assist),
    ...registerJourneyAuthoring(workspace),
    registerCommands([
      refresh,
      new NewHandoffCommand(configs, me),
      new AdvanceStatusCommand(configs),
      new AcceptCommand(configs, me),
      new ReturnCommand(configs),
      new GroupByCommand(state),
      new FilterCommand(state),
      new RevealInExplorerCommand(),
      dashboard,
    ], () => configs.ready),
    configs.onDidChange((folder) => void refresh.relint(folder)),
    vscode.workspace.onDidChangeConfiguration((e) => affectsSettings(e) && void refresh.execute()),
  );
  // Activation does not wait for the config (a file read, slow while the window opens): linting
  // and the first scan (which reads the index cache file) start once it is in.
  void configs.ready
    .then(() => {
      diagnostics.reset();
      return workspace.rescan({ reuse: true });
    })
    .then(undefined, (error) => log.error('Workspace scan failed', error));
  // Returned for integration tests: they read the tree through the provider.
  return tree;
}
