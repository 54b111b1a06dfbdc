import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitForDiagnostics } from './wait-for';

// Required fields (owner, assignee, due, ...) and sections are missing on purpose.
const BROKEN_HANDOFF = ['---', 'handoff: generic', 'title: Broken on purpose', 'status: open', '---', '', '# Broken', ''].join('\n');

describe('diagnostics', () => {
  let file: vscode.Uri;

  before(async () => {
    await activateHandoff();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host was started without a workspace folder');
    // The runner gives each run a throwaway copy of the workspace, so writing here is safe.
    file = vscode.Uri.joinPath(folder.uri, `integration-broken-${Date.now()}.md`);
    await vscode.workspace.fs.writeFile(file, Buffer.from(BROKEN_HANDOFF));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file);
  });

  it("an opened incomplete handoff gets diagnostics whose source is 'handoff'", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const found = await waitForDiagnostics(file, 'handoff');
    assert.ok(found.length > 0);
  });

  it("every broken-*.md example gets 'handoff' diagnostics", async function () {
    const examples = await vscode.workspace.findFiles('**/broken-*.md');
    if (examples.length === 0) this.skip(); // the fixture workspace has none
    for (const uri of examples) {
      await vscode.workspace.openTextDocument(uri);
      await waitForDiagnostics(uri, 'handoff');
    }
  });
});
