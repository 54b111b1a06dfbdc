import * as vscode from 'vscode';
import { FILTERS, GROUP_BYS, type Filter, type GroupBy } from '../../core/index';
import type { DiagnosticManager } from '../diagnostics/diagnostic-manager';
import type { TreeNode } from '../tree/handoff-tree';
import type { TreeState } from '../tree/tree-state';
import type { WorkspaceIndex } from '../workspace-index';
import type { Command } from './command';

const groupLabels = (): Record<GroupBy, string> => ({
  status: vscode.l10n.t('Status'),
  receiver: vscode.l10n.t('Receiving team'),
  assignee: vscode.l10n.t('Assignee'),
  due: vscode.l10n.t('Due date'),
  type: vscode.l10n.t('Type'),
});
const filterLabels = (): Record<Filter, string> => ({ open: vscode.l10n.t('Open handoffs'), all: vscode.l10n.t('All handoffs'), mine: vscode.l10n.t('Assigned to me') });

export class RefreshCommand implements Command {
  readonly id = 'handoff.refresh';
  constructor(
    private readonly workspace: WorkspaceIndex,
    private readonly diagnostics: DiagnosticManager,
  ) {}

  async execute(): Promise<void> {
    await vscode.window.withProgress({ location: { viewId: 'handoff.openHandoffs' } }, () => this.workspace.rescan({ reuse: false }));
    this.diagnostics.reset();
  }

  /** A config changed: lints again the files under its folder (all without one), and open documents. */
  async relint(folder: vscode.Uri | undefined): Promise<void> {
    if (!folder) return this.execute();
    const prefix = `${folder.toString()}/`;
    await vscode.window.withProgress({ location: { viewId: 'handoff.openHandoffs' } }, () => this.workspace.rescan({ reuse: true, relint: (key) => key.startsWith(prefix) }));
    this.diagnostics.reset();
  }
}

export class GroupByCommand implements Command {
  readonly id = 'handoff.groupBy';
  constructor(private readonly state: TreeState) {}

  async execute(groupBy?: unknown): Promise<void> {
    const chosen = GROUP_BYS.includes(groupBy as GroupBy)
      ? (groupBy as GroupBy)
      : (await vscode.window.showQuickPick(GROUP_BYS.map((g) => ({ label: groupLabels()[g], picked: g === this.state.groupBy, value: g })), { title: vscode.l10n.t('Group handoffs by') }))?.value;
    if (chosen) await this.state.set({ groupBy: chosen });
  }
}

export class FilterCommand implements Command {
  readonly id = 'handoff.filter';
  constructor(private readonly state: TreeState) {}

  async execute(filter?: unknown): Promise<void> {
    const chosen = FILTERS.includes(filter as Filter)
      ? (filter as Filter)
      : (await vscode.window.showQuickPick(FILTERS.map((f) => ({ label: filterLabels()[f], picked: f === this.state.filter, value: f })), { title: vscode.l10n.t('Show') }))?.value;
    if (chosen) await this.state.set({ filter: chosen });
  }
}

export class RevealInExplorerCommand implements Command {
  readonly id = 'handoff.revealInExplorer';

  async execute(node?: unknown): Promise<void> {
    const n = node as TreeNode | undefined;
    const uri = n?.kind === 'handoff' ? vscode.Uri.parse(n.entry.path) : vscode.window.activeTextEditor?.document.uri;
    if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
  }
}
