// Renaming and moving handoffs in the real host, the way the Explorer does (a WorkspaceEdit with a
// rename fires onWillRenameFiles): every follows/links path that pointed at the moved handoff is
// rewritten, the moved handoff's own paths too, and one undo restores names and texts.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

const handoff = (title: string, ...fields: string[]) => ['---', 'handoff: generic', `title: ${title}`, 'status: open', ...fields, '---', '', `# ${title}`, ''].join('\n');
const LEAD = handoff('Lead');
const DEAL = handoff('Deal', 'follows: ./lead.md # the lead it continues');
const SUPPORT = handoff('Support', 'follows: ../deal.md', 'links:', '  - "../lead.md"', '  - https://crm.example.com/1');

/** Checks `condition` again after each file or document change until it holds; false after `timeoutMs`. */
async function eventually(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    const changes: vscode.Event<unknown>[] = [vscode.workspace.onDidChangeTextDocument, vscode.workspace.onDidRenameFiles, vscode.languages.onDidChangeDiagnostics];
    await Promise.race(changes.map((event) => waitFor(event, (e) => e, 'a change', 5_000).catch(() => undefined)));
  }
  return true;
}

describe('journey renames update follows and links', function () {
  this.timeout(300_000);
  let folder: vscode.Uri;
  const at = (path: string) => vscode.Uri.joinPath(folder, path);
  const text = async (path: string) => (await vscode.workspace.openTextDocument(at(path))).getText();
  const exists = (path: string) => vscode.workspace.fs.stat(at(path)).then(() => true, () => false);

  before(async () => {
    await activateHandoff();
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'journey-rename');
    for (const [path, content] of [['lead.md', LEAD], ['deal.md', DEAL], ['sub/support.md', SUPPORT]]) {
      await vscode.workspace.fs.writeFile(at(path!), new TextEncoder().encode(content));
    }
    // Each is in the index once its own problems (missing fields and sections) are published.
    for (const path of ['lead.md', 'deal.md', 'sub/support.md']) {
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => (vscode.languages.getDiagnostics(at(path)).length ? true : undefined), `${path} indexed`, 120_000);
    }
  });

  after(async () => {
    for (const d of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // File by file: the Markdown watcher sees no files in a deleted folder.
    const files = ['lead.md', 'lead won.md', 'deal.md', 'sub/support.md', 'support.md'];
    for (const path of files) await vscode.workspace.fs.delete(at(path)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    // Files renamed back and forth, opened and closed while they were deleted: a rescan settles what is left.
    await vscode.commands.executeCommand('handoff.refresh');
    // A deleted file still open as a document keeps its problems until the document closes.
    const closed = files.filter((f) => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === at(f).toString()));
    const left = () => closed.filter((f) => vscode.languages.getDiagnostics(at(f)).length > 0);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (left().length === 0 ? true : undefined), 'the deleted files’ problems to go', 60_000).catch((error: Error) => {
      throw new Error(`${error.message}: ${left().join(', ')} (open: ${vscode.workspace.textDocuments.map((d) => d.uri.path).join(', ')})`);
    });
  });

  it('a rename rewrites every referrer, keeping comments and quotes, and one undo restores it all', async () => {
    // Open, as a user has them: VS Code keeps a file's undo stack only while its model lives, and
    // drops an unopened file's model (with its part of the rename's undo group) soon after saving it.
    for (const path of ['deal.md', 'sub/support.md']) await vscode.window.showTextDocument(at(path), { preview: false });
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(at('lead.md'), at('lead won.md'));
    assert.ok(await vscode.workspace.applyEdit(rename));
    assert.strictEqual(await text('deal.md'), DEAL.replace('./lead.md', './lead won.md'));
    assert.strictEqual(await text('sub/support.md'), SUPPORT.replace('"../lead.md"', '"../lead won.md"'));
    assert.strictEqual(await text('lead won.md'), LEAD);

    await vscode.window.showTextDocument(at('deal.md'));
    await vscode.commands.executeCommand('undo');
    // The undo command returns before the whole group (the rename, each referrer's edit) is undone.
    const restored = async () => (await exists('lead.md')) && !(await exists('lead won.md')) && (await text('deal.md')) === DEAL && (await text('sub/support.md')) === SUPPORT;
    assert.ok(await eventually(restored), 'one undo restores the name and every referrer');
  });

  it('a moved handoff keeps pointing at the same files', async () => {
    const move = new vscode.WorkspaceEdit();
    move.renameFile(at('sub/support.md'), at('support.md'));
    assert.ok(await vscode.workspace.applyEdit(move));
    assert.strictEqual(await text('support.md'), SUPPORT.replace('../deal.md', './deal.md').replace('"../lead.md"', '"./lead.md"'));
  });
});
