// `handoff.showDashboard`: opens (or reveals) the dashboard. Returns the DashboardHandle, so a
// caller such as an integration test can read what the webview drew.
import type * as vscode from 'vscode';
import type { Command } from '../commands/command';
import type { ConfigStore } from '../config-store';
import type { HistorySource } from '../host';
import type { WorkspaceIndex } from '../workspace-index';
import { Dashboard, type DashboardHandle, type ShowOptions } from './dashboard-panel';

export class ShowDashboardCommand implements Command {
  readonly id = 'handoff.showDashboard';

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly workspace: WorkspaceIndex,
    private readonly configs: ConfigStore,
    /** Shared by every panel the session opens: closing and reopening the dashboard does not rerun git. */
    private readonly history: HistorySource,
  ) {}

  /** `options.today` (YYYY-MM-DD) measures as of that day; menus and the palette pass nothing. */
  execute(options?: unknown): DashboardHandle {
    const today = typeof options === 'object' && options !== null ? (options as ShowOptions).today : undefined;
    return Dashboard.show(this.extensionUri, this.workspace, this.configs, this.history, { today: typeof today === 'string' ? today : undefined });
  }
}
