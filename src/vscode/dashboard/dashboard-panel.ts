// The Handoff dashboard: one webview panel showing the workspace's handoff health (core
// computeMetrics over the workspace index), redrawn whenever the index or the config changes.
import * as vscode from 'vscode';
import { computeMetrics, isValidDate, machineTimeZone, todayIn } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { JourneyIssues } from '../diagnostics/journey-issues';
import type { WorkspaceIndex } from '../workspace-index';
import { dashboardHtml } from './dashboard-html';
import type { GitHistoryCache } from './git-history';
import { isFromWebview, type ClickTarget, type DashboardModel, type RenderReport, type ToWebview } from './protocol';

export const VIEW_TYPE = 'handoff.dashboard';
const UPDATE_DELAY_MS = 200;

/** What `handoff.showDashboard` returns: the panel and what its webview last drew. */
export interface DashboardHandle {
  readonly panel: vscode.WebviewPanel;
  /** The model last sent to the webview. */
  readonly model: DashboardModel | undefined;
  /** What the webview reported it drew, after its last update. */
  readonly rendered: RenderReport | undefined;
  readonly onDidRender: vscode.Event<RenderReport>;
  /** Clicks in the webview as a user would (its DOM handlers run): Refresh, or a listed handoff. */
  click(target: ClickTarget): Thenable<boolean>;
}

export class Dashboard implements DashboardHandle {
  private readonly renderedEmitter = new vscode.EventEmitter<RenderReport>();
  private readonly disposables: vscode.Disposable[] = [this.renderedEmitter];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private today: string | undefined;
  model: DashboardModel | undefined;
  rendered: RenderReport | undefined;
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    extensionUri: vscode.Uri,
    private readonly workspace: WorkspaceIndex,
    private readonly configs: ConfigStore,
    private readonly history: GitHistoryCache,
    private readonly journeys: JourneyIssues,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Handoff Dashboard'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    this.panel.iconPath = vscode.Uri.joinPath(media, 'handoff.svg');
    this.panel.webview.html = dashboardHtml(this.panel.webview, media);
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      this.panel.onDidChangeViewState(() => this.panel.visible && this.scheduleUpdate(0)),
      workspace.index.onDidChange(() => this.scheduleUpdate(UPDATE_DELAY_MS)),
      configs.onDidChange(() => this.scheduleUpdate(UPDATE_DELAY_MS)),
      journeys.onDidChange(() => this.scheduleUpdate(UPDATE_DELAY_MS)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleUpdate(0)), // git history may now be read
    );
  }

  readonly panel: vscode.WebviewPanel;

  /** Reveals the panel and redraws it, measured as of `today` (YYYY-MM-DD; undefined: today). */
  show(today: string | undefined): void {
    this.today = today;
    this.panel.reveal(undefined);
    this.scheduleUpdate(0);
  }

  click(target: ClickTarget): Thenable<boolean> {
    return this.post({ type: 'click', target });
  }

  /** Recomputes and redraws soon; changes arriving meanwhile are folded into one update. */
  private scheduleUpdate(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delayMs);
  }

  private async update(): Promise<void> {
    if (!this.panel.visible) return; // drawn again when shown (onDidChangeViewState)
    const generation = ++this.generation;
    // Each handoff's problems with its cross-document ones, as the Problems panel and `handoff lint` count them.
    const entries = this.workspace.index.all().map((e) => {
      const cross = this.journeys.get(e.path);
      return cross.length ? { ...e, issues: [...e.issues, ...cross] } : e;
    });
    const history = await this.history.historyOf(entries.map((e) => e.path));
    if (generation !== this.generation) return; // a newer update is on its way
    const configFor = (path: string) => this.configs.configFor(vscode.Uri.parse(path));
    // One today for the whole board: the team's of the first handoff (the tree takes its statuses the same way).
    const zone = entries[0] ? configFor(entries[0].path).timeZone : machineTimeZone();
    const today = this.today !== undefined && isValidDate(this.today) ? this.today : todayIn(zone);
    const metrics = computeMetrics(entries, { config: configFor, today, history });
    // Own data properties, whatever the keys: the webview reads them as such.
    const j = metrics.journeys;
    const paths = [...metrics.overdueList, ...metrics.staleList, ...j.droppedList, ...j.list.map((r) => r.current)].map((ref) => ref.path);
    const files: Record<string, string> = Object.fromEntries(paths.map((path) => [path, vscode.workspace.asRelativePath(vscode.Uri.parse(path))]));
    this.model = {
      metrics,
      files,
      gitHistory: history.firstSeen.size > 0 || history.statusChanges.size > 0,
      empty: entries.length ? undefined : vscode.workspace.workspaceFolders?.length ? vscode.l10n.t('No handoffs in this workspace yet.') : vscode.l10n.t('Open a folder to see its handoffs.'),
    };
    await this.post({ type: 'update', model: this.model });
  }

  private async receive(message: unknown): Promise<void> {
    if (!isFromWebview(message)) return;
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded: it has nothing to show until the next update.
        this.scheduleUpdate(0);
        return;
      case 'refresh':
        this.history.clear();
        this.scheduleUpdate(0);
        return;
      case 'open': {
        // Only documents the dashboard listed: the webview never names arbitrary files.
        if (!this.workspace.index.get(message.path)) return;
        await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(message.path), { preview: true, viewColumn: vscode.ViewColumn.Beside });
        return;
      }
      case 'rendered':
        this.rendered = message.report;
        this.renderedEmitter.fire(message.report);
        return;
    }
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
