// `handoff.filter`: which handoffs the Handoffs view shows.
import * as vscode from 'vscode';
import { FILTERS, type Filter } from '../../core/index';
import type { TreeState } from '../tree/tree-state';
import { choose, type Command } from './command';

const filterLabels = (): Record<Filter, string> => ({ open: vscode.l10n.t('Open handoffs'), all: vscode.l10n.t('All handoffs'), mine: vscode.l10n.t('Assigned to me') });

export class FilterCommand implements Command {
  readonly id = 'handoff.filter';
  constructor(private readonly state: TreeState) {}

  async execute(filter?: unknown): Promise<void> {
    const chosen = await choose(filter, FILTERS, filterLabels(), this.state.filter, vscode.l10n.t('Show'));
    if (chosen) await this.state.set({ filter: chosen });
  }
}
