import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitForDiagnostics } from './wait-for';

// Required fields (owner, assignee, due, ...) and sections are missing on purpose.
const BROKEN_HANDOFF = ['---', 'handoff: generic', 'title: Broken on purpose', 'status: open', '---', '', '# Broken', ''].join('\n');

/** A read-only scheme standing in for `git:` diff sides and other views of a file. */
const VIEW_SCHEME = 'handoff-test-view';

describe('diagnostics', () => {
  let file: vscode.Uri;
  let viewProvider: vscode.Disposable;

  before(async () => {
    await activateHandoff();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host was started without a workspace folder');
    // The runner gives each run a throwaway copy of the workspace, so writing here is safe.
    file = vscode.Uri.joinPath(folder.uri, `integration-broken-${Date.now()}.md`);
    await vscode.workspace.fs.writeFile(file, Buffer.from(BROKEN_HANDOFF));
    viewProvider = vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, { provideTextDocumentContent: () => BROKEN_HANDOFF });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file);
    viewProvider.dispose();
  });

  it("an opened incomplete handoff gets diagnostics whose source is 'handoff'", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const found = await waitForDiagnostics(file, 'handoff');
    assert.ok(found.length > 0);
  });

  it("every broken-*.md example gets 'handoff' diagnostics", async () => {
    const examples = await vscode.workspace.findFiles('**/broken-*.md');
    assert.ok(examples.length > 0, 'the example workspace has no broken-*.md');
    for (const uri of examples) {
      await vscode.workspace.openTextDocument(uri);
      await waitForDiagnostics(uri, 'handoff');
    }
  });

  it('an untitled Markdown handoff is linted', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: BROKEN_HANDOFF });
    assert.equal(untitled.uri.scheme, 'untitled');
    await waitForDiagnostics(untitled.uri, 'handoff');
  });

  it('a view of a file under another scheme (like a git: diff side) is never linted', async () => {
    // Same path as a workspace file, so only the scheme tells it apart.
    const view = await vscode.workspace.openTextDocument(file.with({ scheme: VIEW_SCHEME }));
    const markdown = await vscode.languages.setTextDocumentLanguage(view, 'markdown');
    await vscode.window.showTextDocument(markdown);
    // Open events are handled in order: once a later document is linted, the view has been seen.
    const later = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${BROKEN_HANDOFF}\nLater.\n` });
    await waitForDiagnostics(later.uri, 'handoff');
    assert.deepEqual(vscode.languages.getDiagnostics(markdown.uri).filter((d) => d.source === 'handoff'), []);
  });
});
