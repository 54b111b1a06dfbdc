import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REFERENCE_DATE } from '../host/evergreen';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

/** What the webview reports it drew, read from its DOM (src/vscode/dashboard/protocol.ts). */
interface RenderReport {
  today: string;
  cards: Record<string, string>;
  bars: Record<string, Record<string, number>>;
  flow: Record<string, Record<string, number>>;
  lists: Record<string, string[]>;
}

/** What `handoff.showDashboard` returns. */
interface DashboardHandle {
  panel: vscode.WebviewPanel;
  rendered: RenderReport | undefined;
  onDidRender: vscode.Event<RenderReport>;
  click(target: 'refresh' | { list: string; path: string }): Thenable<boolean>;
}

// examples/ measured on its reference date, as test/unit/metrics/examples.test.ts measures it.
const TODAY = REFERENCE_DATE;
const BLUEGATE = 'broken-overdue-no-tasks-wrong-order.md';

function basename(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** Waits until the webview has drawn a report that satisfies `check`. */
async function rendered(dashboard: DashboardHandle, check: (r: RenderReport) => boolean, what: string): Promise<RenderReport> {
  try {
    return await waitFor(dashboard.onDidRender, () => (dashboard.rendered && check(dashboard.rendered) ? dashboard.rendered : undefined), what);
  } catch (e) {
    const files = (await vscode.workspace.findFiles('**/*.md')).map((u) => basename(u.toString()));
    throw new Error(`${String(e)}; last drawn: ${JSON.stringify(dashboard.rendered)}; files: ${files.join(', ')}; docs: ${vscode.workspace.textDocuments.map((d) => `${basename(d.uri.toString())}${d.isDirty ? '*' : ''}`).join(', ')}`);
  }
}

describe('dashboard', () => {
  let dashboard: DashboardHandle;

  before(async () => {
    await activateHandoff();
    dashboard = (await vscode.commands.executeCommand('handoff.showDashboard', { today: TODAY })) as DashboardHandle;
    assert.ok(dashboard && typeof dashboard.onDidRender === 'function', 'handoff.showDashboard returns the dashboard');
  });

  after(async () => {
    dashboard?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a webview panel that draws the counts of examples/', async () => {
    const report = await rendered(dashboard, (r) => r.cards.total === '24', 'the dashboard to draw the 24 example handoffs');
    assert.strictEqual(dashboard.panel.viewType, 'handoff.dashboard');
    assert.strictEqual(report.today, TODAY);
    const { total, open, overdue, stale, age } = report.cards;
    assert.deepStrictEqual({ total, open, overdue, stale, age }, { total: '24', open: '15', overdue: '1', stale: '1', age: '8 d' });
    assert.deepStrictEqual(report.bars.status, { draft: 1, open: 10, accepted: 3, done: 8, cancelled: 1, opne: 1 });
    assert.deepStrictEqual(report.bars.receiver, {
      'Customer Success': 3,
      Construction: 2,
      Maintenance: 2,
      Sales: 2,
      Support: 2,
      'Digital Marketing': 1,
      Finance: 1,
      'Strategy Office': 1,
      'Warehouse Operations': 1,
    });
    assert.deepStrictEqual(report.flow, {
      Creative: { 'Digital Marketing': 1 },
      Finance: { 'Strategy Office': 1 },
      'IT Projects': { 'Warehouse Operations': 1 },
      Marketing: { Sales: 2 },
      Preconstruction: { Construction: 2 },
      Procurement: { Finance: 1 },
      'Property Management': { Maintenance: 2 },
      Sales: { 'Customer Success': 3, Support: 2 },
    });
    assert.deepStrictEqual(report.lists.overdue?.map(basename), [BLUEGATE]);
    // The old accepted rollout is owned by its receiver: not stale (only waiting handoffs go stale).
    assert.deepStrictEqual(report.lists.stale?.map(basename), [BLUEGATE]);
    assert.ok(Object.keys(report.bars.rules ?? {}).includes('missing-section'), JSON.stringify(report.bars.rules));
  });

  it('opens the document when an entry is clicked', async () => {
    const path = dashboard.rendered!.lists.overdue![0]!;
    const opened = waitFor(
      vscode.window.onDidChangeActiveTextEditor,
      () => (vscode.window.activeTextEditor?.document.uri.toString() === path ? true : undefined),
      `${basename(path)} to open in an editor`,
    );
    assert.strictEqual(await dashboard.click({ list: 'overdue', path }), true);
    await opened;
  });

  it('updates live when a handoff is added and removed', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const uri = vscode.Uri.joinPath(folder.uri, `integration-dashboard-${Date.now()}.md`);
    const text = ['---', 'handoff: generic', 'title: Dashboard live update', 'status: open', 'from: Integration', 'to: Dashboard QA', 'created: 2026-11-20', 'due: 2026-11-01', '---', '# Live', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const added = await rendered(dashboard, (r) => r.flow.Integration?.['Dashboard QA'] === 1, 'the new handoff to appear in the flow');
      assert.deepStrictEqual([added.cards.total, added.cards.open, added.cards.overdue], ['25', '16', '2'], JSON.stringify(added));
      assert.deepStrictEqual(added.lists.overdue?.map(basename), [BLUEGATE, basename(uri.toString())]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    const removed = await rendered(dashboard, (r) => r.cards.total === '24' && !r.flow.Integration, 'the deleted handoff to leave the dashboard');
    assert.strictEqual(removed.cards.overdue, '1');
  });

  it('draws team names like __proto__ and toString as ordinary names', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, `integration-proto-${Date.now()}.md`);
    const text = ['---', 'handoff: generic', 'title: Prototype names', 'status: open', 'from: __proto__', 'to: toString', 'created: 2026-11-20', '---', '# Names', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const drawn = await rendered(dashboard, (r) => r.cards.total === '25', 'the handoff from __proto__ to appear');
      assert.ok(Object.prototype.hasOwnProperty.call(drawn.flow, '__proto__'), JSON.stringify(drawn.flow));
      assert.deepStrictEqual({ ...Object.getOwnPropertyDescriptor(drawn.flow, '__proto__')?.value }, { toString: 1 });
      assert.deepStrictEqual(drawn.flow.Sales, { 'Customer Success': 3, Support: 2 }, 'no row gains a toString column');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await rendered(dashboard, (r) => r.cards.total === '24', 'the handoff to leave the dashboard');
  });

  it('reads git history once the workspace is a git repository (Refresh re-reads it)', async function () {
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    let date = '2026-11-10T12:00:00+00:00';
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' } });
    // TX-40 is done; the commit that adds a file is no status change, so history needs one that changes it.
    const tx40 = path.join(root, 'handoffs', '2026-11-03-tx40-pump-housing-rev-c.md');
    const doneText = fs.readFileSync(tx40, 'utf8');
    try {
      git('--version');
    } catch {
      this.skip();
    }
    // The throwaway workspace copy is not a repository: without git, time to done comes from the
    // seven `done_at` stamps of examples/journeys (7 to 35 days: median 17 d); TX-40 has none (unknown).
    assert.strictEqual(dashboard.rendered?.cards.done, '17 d');
    try {
      git('init', '-q');
      const commit = (message: string) => {
        git('-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', 'add', '-A');
        git('-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
      };
      fs.writeFileSync(tx40, doneText.replace(/^status: done$/m, 'status: accepted'));
      commit('examples');
      fs.writeFileSync(tx40, doneText);
      date = '2026-11-13T12:00:00+00:00';
      commit('TX-40 done');
      assert.strictEqual(await dashboard.click('refresh'), true);
      // The commit that set TX-40 done is dated 2026-11-13: created 2026-11-03, 10 d. With the seven
      // stamped stages (7, 9, 11, 17, 17, 32, 35 d) the median is (11 + 17) / 2 = 14 d.
      const report = await rendered(dashboard, (r) => r.cards.done !== '17 d', 'the time to done from git history');
      assert.strictEqual(report.cards.done, '14 d');
      assert.strictEqual(report.cards.total, '24');
    } finally {
      fs.writeFileSync(tx40, doneText);
      fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
    }
  });
});
