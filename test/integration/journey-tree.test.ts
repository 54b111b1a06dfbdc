// The Handoffs view grouped by journey in the real host, on examples/: one group per journey, its
// stages in follows order, each described by status, receiving team and days in stage.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

interface Node {
  kind: 'group' | 'handoff';
  label?: string;
  entry?: { path: string; summary: { title?: string } };
}
interface Tree {
  getChildren(node?: Node): Node[];
  getTreeItem(node: Node): vscode.TreeItem;
  onDidChangeTreeData: vscode.Event<unknown>;
}

const TODAY = '2026-11-25';
const BAKERY = ['Lead — Aldergrove Bakery wants wholesale ordering', 'Aldergrove Bakery — onboarding after closed-won', 'Aldergrove Bakery — support handover'];
const CLINIC = ['Willow Bend Clinic — design package to preconstruction', 'Willow Bend Clinic — handover to the site team'];

describe('Handoffs tree grouped by journey', function () {
  this.timeout(120_000); // the first scan of a loaded machine: hang detection only
  let tree: Tree;
  const stages = (label: string) => {
    const group = tree.getChildren().find((g) => g.label === label);
    return group ? tree.getChildren(group) : undefined;
  };
  const titles = (label: string) => stages(label)?.map((n) => String(tree.getTreeItem(n).label));

  before(async () => {
    tree = (await activateHandoff()).exports as Tree;
    await vscode.commands.executeCommand('handoff.filter', 'all');
    await vscode.commands.executeCommand('handoff.groupBy', 'journey', { today: TODAY });
    await waitFor(tree.onDidChangeTreeData, () => (titles('Aldergrove Bakery')?.length === 3 && titles('Willow Bend Clinic')?.length === 2 ? true : undefined), 'the journeys of examples/', 60_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('handoff.groupBy', 'status');
    await vscode.commands.executeCommand('handoff.filter', 'open');
  });

  it("shows the bakery's and the clinic's stages in journey order, lone handoffs last under No journey", () => {
    assert.deepStrictEqual(titles('Aldergrove Bakery'), BAKERY);
    assert.deepStrictEqual(titles('Willow Bend Clinic'), CLINIC);
    const groups = tree.getChildren().map((g) => g.label);
    assert.strictEqual(groups[groups.length - 1], 'No journey');
    assert.ok(titles('No journey')!.some((t) => t.startsWith('Northwind Logistics')), titles('No journey')!.join(' | '));
  });

  it('describes a stage by status, receiving team and days in stage', () => {
    const onboarding = tree.getTreeItem(stages('Aldergrove Bakery')![1]!);
    assert.strictEqual(onboarding.description, 'done · Customer Success · 35 days in stage'); // 2026-09-25 → done 2026-10-30
    const site = tree.getTreeItem(stages('Willow Bend Clinic')![1]!);
    assert.strictEqual(site.description, 'done · Construction · 17 days in stage'); // 2026-09-18 → done 2026-10-05
  });

  it('with the Open filter, shows only journeys still in progress (every stage of the examples is done)', async () => {
    await vscode.commands.executeCommand('handoff.filter', 'open');
    const groups = tree.getChildren().map((g) => g.label);
    assert.ok(!groups.includes('Aldergrove Bakery') && !groups.includes('Willow Bend Clinic'), groups.join(', '));
    await vscode.commands.executeCommand('handoff.filter', 'all');
  });
});
