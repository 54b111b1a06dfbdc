// Restricted Mode: a freshly cloned repository opens untrusted. Handoff still lints, lists and
// measures, and starts no git process (a repository's .git/config can name programs git runs).
// Runs only under `npm run test:restricted` (test/host/run-integration.js --restricted), which
// turns workspace trust on and puts a `git` on PATH that records every run in HANDOFF_GIT_LOG.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { REFERENCE_DATE } from '../host/evergreen';
import { activateHandoff } from './handoff';
import { waitFor, waitForDiagnostics } from './wait-for';

interface Tree {
  getChildren(node?: unknown): unknown[];
  getTreeItem(node: unknown): vscode.TreeItem;
  onDidChangeTreeData: vscode.Event<unknown>;
}

interface DashboardHandle {
  panel: vscode.WebviewPanel;
  rendered: { cards: Record<string, string> } | undefined;
  onDidRender: vscode.Event<unknown>;
}

describe('Restricted Mode', () => {
  let tree: Tree;

  before(async function () {
    if (!process.env.HANDOFF_RESTRICTED) this.skip();
    tree = (await activateHandoff()).exports as Tree;
  });

  it('runs with the folder untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('publishes diagnostics', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const diagnostics = await waitForDiagnostics(vscode.Uri.joinPath(folder, 'handoffs', 'broken-unknown-type.md'), 'handoff');
    assert.deepStrictEqual(diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)), ['unknown-type']);
  });

  it('lists the open handoffs in the tree', async () => {
    const titles = () => tree.getChildren().flatMap((g) => tree.getChildren(g)).map((n) => String(tree.getTreeItem(n).label));
    await waitFor(tree.onDidChangeTreeData, () => (titles().some((t) => t.startsWith('Northwind Logistics')) ? true : undefined), 'the tree to list Northwind Logistics');
  });

  it('draws the dashboard', async () => {
    const dashboard = (await vscode.commands.executeCommand('handoff.showDashboard', { today: REFERENCE_DATE })) as DashboardHandle;
    try {
      await waitFor(dashboard.onDidRender, () => (dashboard.rendered?.cards.total === '17' ? true : undefined), 'the dashboard to draw 17 handoffs');
    } finally {
      dashboard.panel.dispose();
    }
  });

  it('starts no git process', () => {
    const log = process.env.HANDOFF_GIT_LOG!;
    assert.strictEqual(fs.readFileSync(log, 'utf8'), '', 'git ran');
    // The recorder is the git this extension host would run.
    execFileSync('git', ['--version']);
    assert.strictEqual(fs.readFileSync(log, 'utf8'), '--version\n');
  });
});
