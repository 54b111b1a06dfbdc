// The dashboard's Journeys section in the real host, on the examples copy: what the webview drew
// (read back from its DOM), the dropped handoff it opens, and how writing a follow-up moves a
// journey from complete to in progress and takes a dropped handoff off the list.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { REFERENCE_DATE } from '../host/evergreen';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

interface RenderReport {
  today: string;
  cards: Record<string, string>;
  bars: Record<string, Record<string, number>>;
  lists: Record<string, string[]>;
  journeys: string[][];
}

interface DashboardHandle {
  panel: vscode.WebviewPanel;
  rendered: RenderReport | undefined;
  onDidRender: vscode.Event<RenderReport>;
  click(target: 'refresh' | { list: string; path: string }): Thenable<boolean>;
}

const QUARRY = 'journeys/quarry-lane-climbing/2026-10-26-lead-membership-software.md';
const TX40 = 'Release — TX-40 pump housing, revision C';
// examples/ on its reference date: three complete journeys, Quarry Lane's lead dropped.
const COMPLETE = [
  ['Aldergrove Bakery', 'complete', '3', 'sales-to-support: done', '59 d'],
  ['Willow Bend Clinic', 'complete', '2', 'preconstruction-to-construction: done', '49 d'],
  [TX40, 'complete', '2', 'generic: done', '15 d'],
];

function relative(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
}

async function rendered(dashboard: DashboardHandle, check: (r: RenderReport) => boolean, what: string): Promise<RenderReport> {
  try {
    // Generous: the cross-document rules rerun after the index settles, and the machine may be busy.
    return await waitFor(dashboard.onDidRender, () => (dashboard.rendered && check(dashboard.rendered) ? dashboard.rendered : undefined), what, 60_000);
  } catch (e) {
    throw new Error(`${String(e)}; last drawn: ${JSON.stringify(dashboard.rendered && { cards: dashboard.rendered.cards, lists: dashboard.rendered.lists, journeys: dashboard.rendered.journeys })}`);
  }
}

async function write(path: string, lines: readonly string[]): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
  return uri;
}

describe('dashboard: journeys', function () {
  // Hang detection only: the waits below resolve as soon as the webview draws.
  this.timeout(120_000);
  let dashboard: DashboardHandle;

  before(async () => {
    await activateHandoff();
    dashboard = (await vscode.commands.executeCommand('handoff.showDashboard', { today: REFERENCE_DATE })) as DashboardHandle;
  });

  after(async () => {
    dashboard?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('draws the journeys of examples/: three complete, where they wait longest, the dropped lead', async () => {
    // While the index fills, a stage may be missing for a moment (TX-40 without its follower looks dropped): wait for the settled board.
    const settled = (r: RenderReport) => JSON.stringify(r.journeys) === JSON.stringify(COMPLETE) && r.lists.dropped?.map(relative).join() === QUARRY;
    const report = await rendered(dashboard, settled, 'three complete journeys and the dropped Quarry Lane lead');
    assert.deepStrictEqual(report.journeys, COMPLETE);
    const { 'journeys-in-progress': inProgress, 'journeys-complete': complete, dropped, 'end-to-end': endToEnd, 'slowest-stage': slowest } = report.cards;
    assert.deepStrictEqual({ inProgress, complete, dropped, endToEnd, slowest }, { inProgress: '0', complete: '3', dropped: '1', endToEnd: '49 d', slowest: 'sales-to-customer-success' });
    assert.deepStrictEqual(report.bars.stages, { 'sales-to-customer-success': 35, generic: 20.5, 'marketing-to-sales': 17, 'preconstruction-to-construction': 17, 'sales-to-support': 7 });
    assert.deepStrictEqual(report.lists.dropped?.map(relative), [QUARRY]);
    // The problem bars count the cross-document problems, as the Problems panel and `handoff lint` do.
    assert.strictEqual(report.bars.rules?.['missing-next'], 1, JSON.stringify(report.bars.rules));
  });

  it('opens the dropped handoff when it is clicked', async () => {
    const path = dashboard.rendered!.lists.dropped![0]!;
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => (vscode.window.activeTextEditor?.document.uri.toString() === path ? true : undefined), `${QUARRY} to open`);
    assert.strictEqual(await dashboard.click({ list: 'dropped', path }), true);
    await opened;
  });

  it('a follow-up moves TX-40 to in progress, and one for the dropped lead takes it off the list', async () => {
    const stamp = Date.now();
    const front = (type: string, title: string, follows: string) => ['---', `handoff: ${type}`, `title: ${title}`, 'status: open', 'from: Sales', 'to: Customer Success', 'created: 2026-11-20', `follows: ${follows}`, '---', `# ${title}`, ''];
    const followUps = [
      await write(`journeys/tx40-pump-housing/integration-${stamp}.md`, front('generic', 'TX-40 castings — first article inspection', './2026-11-09-castings-to-procurement.md')),
      await write(`journeys/quarry-lane-climbing/integration-${stamp}.md`, front('sales-to-customer-success', 'Quarry Lane Climbing — onboarding', './2026-10-26-lead-membership-software.md')),
    ];
    try {
      const moved = await rendered(dashboard, (r) => r.journeys.length === 4 && r.lists.dropped?.length === 0 && r.cards['journeys-in-progress'] === '2', 'two journeys in progress and no dropped handoff');
      assert.deepStrictEqual(moved.journeys.slice(0, 2), [
        // In progress first, longest first: days from the first stage's created (2026-10-26, 2026-11-03) to today.
        ['Lead — Quarry Lane Climbing wants membership software', 'in progress', '2', 'sales-to-customer-success: open', '30 d so far'],
        [TX40, 'in progress', '3', 'generic: open', '22 d so far'],
      ]);
      assert.deepStrictEqual([moved.cards['journeys-in-progress'], moved.cards['journeys-complete'], moved.cards.dropped], ['2', '2', '0']);
      assert.strictEqual(moved.bars.rules?.['missing-next'], undefined);
      assert.deepStrictEqual(moved.lists.journeys?.slice(0, 2), [followUps[1]!.toString(), followUps[0]!.toString()], 'each row opens its current stage');
    } finally {
      for (const uri of followUps) await vscode.workspace.fs.delete(uri);
    }
    await rendered(dashboard, (r) => JSON.stringify(r.journeys) === JSON.stringify(COMPLETE) && r.lists.dropped?.length === 1, 'the examples again');
  });
});
