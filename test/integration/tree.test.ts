import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

interface Node {
  kind: 'group' | 'handoff';
  label?: string;
  entry?: { path: string; summary: { title?: string; status?: string } };
}
interface Tree {
  getChildren(node?: Node): Node[];
  getTreeItem(node: Node): vscode.TreeItem;
  onDidChangeTreeData: vscode.Event<unknown>;
}

/** Open handoffs in examples/ (see examples/README.md): every one but the done example. */
const OPEN_EXAMPLES = ['Northwind Logistics', 'Harbor Dental Group', 'Cedar Court 4B', 'Cedar Court 2A', 'Bluegate Credit Union', 'Riverside clinic'];
const DONE_EXAMPLE = 'Release — TX-40 pump housing';

function titles(tree: Tree): string[] {
  return tree.getChildren().flatMap((g) => tree.getChildren(g)).map((n) => String(tree.getTreeItem(n).label));
}

function has(list: string[], prefix: string): boolean {
  return list.some((t) => t.startsWith(prefix));
}

describe('Handoffs tree', () => {
  let tree: Tree;

  before(async () => {
    tree = (await activateHandoff()).exports as Tree;
    await vscode.commands.executeCommand('handoff.filter', 'open');
    await vscode.commands.executeCommand('handoff.groupBy', 'status');
    await waitFor(tree.onDidChangeTreeData, () => (OPEN_EXAMPLES.every((t) => has(titles(tree), t)) ? true : undefined), 'the first scan to list the examples');
  });

  it("lists the examples' open handoffs and no closed one", () => {
    const shown = titles(tree);
    for (const t of OPEN_EXAMPLES) assert.ok(has(shown, t), `${t} missing from ${shown.join(' | ')}`);
    assert.ok(!has(shown, DONE_EXAMPLE), 'a done handoff is listed as open');
    const statuses = tree.getChildren().map((g) => g.label);
    assert.ok(!statuses.includes('done') && !statuses.includes('cancelled'), statuses.join(', '));
  });

  it('describes each row with from → to, due date and checklist progress', () => {
    const row = tree.getChildren().flatMap((g) => tree.getChildren(g)).find((n) => n.entry?.summary.title?.startsWith('Harbor Dental Group'))!;
    const item = tree.getTreeItem(row);
    assert.match(String(item.description), /^Sales → Support · due \d{4}-\d{2}-\d{2} · ☑ 5\/5$/);
    assert.strictEqual(item.contextValue, 'handoff.item.open');
    assert.strictEqual(item.command?.command, 'vscode.open');
  });

  it('switches the grouping to due dates and back', async () => {
    await vscode.commands.executeCommand('handoff.groupBy', 'due');
    const groups = tree.getChildren().map((g) => g.label);
    assert.deepStrictEqual(groups.filter((g) => ['Overdue', 'Later', 'No date'].includes(g!)), ['Overdue', 'Later', 'No date'].filter((g) => groups.includes(g)));
    assert.ok(groups.includes('Overdue'), groups.join(', '));
    await vscode.commands.executeCommand('handoff.groupBy', 'status');
    assert.ok(tree.getChildren().some((g) => g.label === 'open'));
  });

  it('shows closed handoffs with the All filter', async () => {
    await vscode.commands.executeCommand('handoff.filter', 'all');
    assert.ok(has(titles(tree), DONE_EXAMPLE));
    await vscode.commands.executeCommand('handoff.filter', 'open');
    assert.ok(!has(titles(tree), DONE_EXAMPLE));
  });
});
