// The tree's grouping and filter, remembered per workspace and mirrored in context keys so the
// view's title menu shows the current choice.
import * as vscode from 'vscode';
import { FILTERS, GROUP_BYS, type Filter, type GroupBy } from '../../core/index';

export class TreeState {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** The day the view measures ages on when a caller pinned one (tests); else the clock's. Not remembered. */
  private pinnedToday: string | undefined;

  constructor(private readonly memento: vscode.Memento) {
    void this.publish();
  }

  get groupBy(): GroupBy {
    const value = this.memento.get<string>('handoff.tree.groupBy');
    return (GROUP_BYS as readonly string[]).includes(value ?? '') ? (value as GroupBy) : 'status';
  }

  get filter(): Filter {
    const value = this.memento.get<string>('handoff.tree.filter');
    return (FILTERS as readonly string[]).includes(value ?? '') ? (value as Filter) : 'open';
  }

  get today(): string | undefined {
    return this.pinnedToday;
  }

  /** A new grouping takes `today` (usually none: the clock's) with it. */
  async set(change: { groupBy?: GroupBy; filter?: Filter; today?: string }): Promise<void> {
    if (change.groupBy) this.pinnedToday = change.today;
    if (change.groupBy) await this.memento.update('handoff.tree.groupBy', change.groupBy);
    if (change.filter) await this.memento.update('handoff.tree.filter', change.filter);
    await this.publish();
    this.changed.fire();
  }

  private async publish(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'handoff.tree.groupBy', this.groupBy);
    await vscode.commands.executeCommand('setContext', 'handoff.tree.filter', this.filter);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
