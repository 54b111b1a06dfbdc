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
    this.item.name = 'Handoffs for you';
    this.item.command = 'handoff.openHandoffs.focus';
    this.subscription = provider.onDidChangeTreeData(() => this.update());
    this.update();
  }

  private update(): void {
    const { count, me } = this.provider.awaitingMe();
    this.view.badge = count ? { value: count, tooltip: `${count} open handoff${count === 1 ? '' : 's'} assigned to ${me}` } : undefined;
    if (!count) {
      this.item.hide();
      return;
    }
    this.item.text = `$(inbox) ${count} handoff${count === 1 ? '' : 's'} for you`;
    this.item.tooltip = `Open handoffs whose assignee is ${me}`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
