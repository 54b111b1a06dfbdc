// The "Handoffs" view: open handoffs from the workspace index, grouped and filtered, with status
// icons, overdue flags, checklist progress and problem counts. No I/O here: the index has it all.
import * as vscode from 'vscode';
import { allStatuses, awaitingMe, defaultConfig, filterHandoffs, groupHandoffs, todayIn, type IndexedHandoff } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { WorkspaceIndex } from '../workspace-index';
import { handoffItem, OVERDUE_SCHEME } from './handoff-item';
import type { TreeState } from './tree-state';

const REFRESH_DELAY_MS = 50;

/** A group's `stagesAsOf` (today) marks its items as a journey's stages, drawn with their days in stage. */
export type TreeNode =
  | { kind: 'group'; label: string; key: string; items: readonly IndexedHandoff[]; stagesAsOf?: string }
  | { kind: 'handoff'; entry: IndexedHandoff; stageAsOf?: string };

export class HandoffTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private me: string | undefined;
  private pendingRefresh: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly workspace: WorkspaceIndex,
    private readonly state: TreeState,
    private readonly configs: ConfigStore,
    identity: Me,
  ) {
    const updateMe = () =>
      void identity.get().then((me) => {
        this.me = me;
        this.refresh();
      });
    this.disposables.push(
      workspace.index.onDidChange(() => this.refresh()),
      state.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('handoff.me') && updateMe()),
      vscode.workspace.onDidGrantWorkspaceTrust(updateMe), // git may now say who you are
    );
    updateMe();
  }

  /** Coalesces bursts (a first scan indexes files one by one) into one redraw. */
  refresh(): void {
    if (this.pendingRefresh) return;
    this.pendingRefresh = setTimeout(() => {
      this.pendingRefresh = undefined;
      this.changed.fire(undefined);
    }, REFRESH_DELAY_MS);
  }

  /** How many open handoffs wait for me (the view badge and the status bar). */
  awaitingMe(): { count: number; me: string | undefined } {
    return { count: awaitingMe(this.workspace.index.all(), this.me), me: this.me };
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node?.kind === 'handoff') return [];
    if (node?.kind === 'group') return node.items.map((entry) => ({ kind: 'handoff', entry, stageAsOf: node.stagesAsOf }));
    const all = this.workspace.index.all();
    const entries = filterHandoffs(all, this.state.filter, this.me);
    const config = all[0] ? this.configs.configFor(vscode.Uri.parse(all[0].path)) : defaultConfig();
    const today = this.state.today ?? todayIn(config.timeZone);
    return groupHandoffs(entries, this.state.groupBy, today, allStatuses(config.statuses), all).map((g) => ({
      kind: 'group',
      label: g.label,
      key: g.key ?? g.label,
      items: g.items,
      stagesAsOf: g.journey ? today : undefined,
    }));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'handoff') return handoffItem(node.entry, node.stageAsOf);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(node.items.length);
    item.contextValue = 'handoff.group';
    item.id = `group:${this.state.groupBy}:${node.key}`;
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind === 'group') return undefined;
    return this.getChildren().find((g) => g.kind === 'group' && g.items.some((e) => e.path === node.entry.path));
  }

  /** Colours overdue rows (their resourceUri uses a scheme of our own). */
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== OVERDUE_SCHEME) return undefined;
    return new vscode.FileDecoration('!', vscode.l10n.t('Overdue'), new vscode.ThemeColor('list.errorForeground'));
  }

  dispose(): void {
    clearTimeout(this.pendingRefresh);
    for (const d of this.disposables) d.dispose();
  }
}
