// Deleting a folder of handoffs (as the Explorer does): the watcher reports one delete, for the
// folder, and none for the Markdown files in it. The tree and the Problems panel must drop them all.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

interface Tree {
  getChildren(node?: unknown): unknown[];
  getTreeItem(node: unknown): vscode.TreeItem;
  onDidChangeTreeData: vscode.Event<unknown>;
}

const handoff = (title: string) => ['---', 'handoff: generic', `title: ${title}`, 'status: open', '---', '', `# ${title}`, ''].join('\n');
const FILES = ['one.md', 'nested/two.md'];

describe('a deleted folder of handoffs', function () {
  this.timeout(300_000);
  let tree: Tree;
  let folder: vscode.Uri;
  const titles = () => tree.getChildren().flatMap((g) => tree.getChildren(g)).map((n) => String(tree.getTreeItem(n).label));
  const listed = () => titles().filter((t) => t.startsWith('Folder delete')).length;
  const problems = () => FILES.filter((f) => vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, f)).length > 0).length;

  before(async () => {
    tree = (await activateHandoff()).exports as Tree;
    await vscode.commands.executeCommand('handoff.filter', 'open');
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'folder-delete');
    for (const [i, path] of FILES.entries()) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, path), new TextEncoder().encode(handoff(`Folder delete ${i}`)));
    }
    await waitFor(tree.onDidChangeTreeData, () => (listed() === FILES.length ? true : undefined), 'both handoffs in the tree', 120_000);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (problems() === FILES.length ? true : undefined), 'both handoffs’ problems', 120_000);
  });

  after(() => vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined));

  it('leaves the tree and the Problems panel', async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await waitFor(tree.onDidChangeTreeData, () => (listed() === 0 ? true : undefined), 'the handoffs to leave the tree', 60_000);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (problems() === 0 ? true : undefined), 'their problems to go', 60_000);
    assert.strictEqual(listed(), 0);
  });
});
