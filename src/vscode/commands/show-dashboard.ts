// `handoff.showDashboard`: opens the dashboard, or reveals the open one. Returns the
// DashboardHandle, so a caller such as an integration test can read what the webview drew.
import type * as vscode from 'vscode';
import type { ConfigStore } from '../config-store';
import { Dashboard, type DashboardHandle } from '../dashboard/dashboard-panel';
import type { GitHistoryCache } from '../dashboard/git-history';
import type { JourneyIssues } from '../diagnostics/journey-issues';
import type { WorkspaceIndex } from '../workspace-index';
import type { Command } from './command';

export class ShowDashboardCommand implements Command, vscode.Disposable {
  readonly id = 'handoff.showDashboard';
  /** The open panel: one per window. */
  private current: Dashboard | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly workspace: WorkspaceIndex,
    private readonly configs: ConfigStore,
    /** Shared by every panel the session opens: closing and reopening the dashboard does not rerun git. */
    private readonly history: GitHistoryCache,
    /** The cross-document problems: counted with the others, and the dropped handoffs among them. */
    private readonly journeys: JourneyIssues,
  ) {}

  /** `options.today` (YYYY-MM-DD) measures as of that day; menus and the palette pass nothing. */
  execute(options?: unknown): DashboardHandle {
    const today = typeof options === 'object' && options !== null ? (options as { today?: unknown }).today : undefined;
    if (!this.current) {
      const dashboard = new Dashboard(this.extensionUri, this.workspace, this.configs, this.history, this.journeys);
      dashboard.panel.onDidDispose(() => this.current === dashboard && (this.current = undefined));
      this.current = dashboard;
    }
    this.current.show(typeof today === 'string' ? today : undefined);
    return this.current;
  }

  dispose(): void {
    this.current?.dispose();
  }
}
