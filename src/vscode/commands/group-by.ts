// `handoff.groupBy`: how the Handoffs view groups its rows.
import * as vscode from 'vscode';
import { GROUP_BYS, isValidDate, type GroupBy } from '../../core/index';
import type { TreeState } from '../tree/tree-state';
import { choose, type Command } from './command';

const groupLabels = (): Record<GroupBy, string> => ({
  status: vscode.l10n.t('Status'),
  receiver: vscode.l10n.t('Receiving team'),
  assignee: vscode.l10n.t('Assignee'),
  due: vscode.l10n.t('Due date'),
  type: vscode.l10n.t('Type'),
  journey: vscode.l10n.t('Journey'),
});

export class GroupByCommand implements Command {
  readonly id = 'handoff.groupBy';
  constructor(private readonly state: TreeState) {}

  /** `options.today` (YYYY-MM-DD) measures days in stage as of that day (tests); menus and the palette pass nothing. */
  async execute(groupBy?: unknown, options?: unknown): Promise<void> {
    const chosen = await choose(groupBy, GROUP_BYS, groupLabels(), this.state.groupBy, vscode.l10n.t('Group handoffs by'));
    const today = (options as { today?: unknown } | undefined)?.today;
    if (chosen) await this.state.set({ groupBy: chosen, today: typeof today === 'string' && isValidDate(today) ? today : undefined });
  }
}
