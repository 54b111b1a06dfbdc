// "N handoffs for you": the view badge and a status-bar item that focuses the view.
import * as vscode from 'vscode';
import type { HandoffTreeProvider, TreeNode } from './handoff-tree';

export class AwaitingMeIndicator implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('handoff.awaitingMe', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly view: vscode.TreeView<TreeNode>,
    private readonly provider: HandoffTreeProvider,
  ) {
    this.item.name = vscode.l10n.t('Handoffs for you');
    this.item.command = 'handoff.openHandoffs.focus';
    this.subscription = provider.onDidChangeTreeData(() => this.update());
    this.update();
  }

  private update(): void {
    const { count, me } = this.provider.awaitingMe();
    const tooltip = count === 1 ? vscode.l10n.t('1 open handoff assigned to {0}', me ?? '') : vscode.l10n.t('{0} open handoffs assigned to {1}', count, me ?? '');
    this.view.badge = count ? { value: count, tooltip } : undefined;
    if (!count) {
      this.item.hide();
      return;
    }
    this.item.text = `$(inbox) ${count === 1 ? vscode.l10n.t('1 handoff for you') : vscode.l10n.t('{0} handoffs for you', count)}`;
    this.item.tooltip = vscode.l10n.t('Open handoffs whose assignee is {0}', me ?? '');
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
