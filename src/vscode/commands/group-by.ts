// `handoff.groupBy`: how the Handoffs view groups its rows.
import * as vscode from 'vscode';
import { GROUP_BYS, type GroupBy } from '../../core/index';
import type { TreeState } from '../tree/tree-state';
import type { Command } from './command';

const groupLabels = (): Record<GroupBy, string> => ({
  status: vscode.l10n.t('Status'),
  receiver: vscode.l10n.t('Receiving team'),
  assignee: vscode.l10n.t('Assignee'),
  due: vscode.l10n.t('Due date'),
  type: vscode.l10n.t('Type'),
});

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
