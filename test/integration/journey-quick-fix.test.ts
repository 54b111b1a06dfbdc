// broken-link's quick fix in the real host: a follows path with a typo gets "Change to" the closest
// existing handoff path, offered from the cross-document issues.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

const TYPO = '../journeys/aldergrove-bakery/2026-09-25-onboarding-after-closed-wn.md';
const FIXED = '../journeys/aldergrove-bakery/2026-09-25-onboarding-after-closed-won.md';
const TEXT = ['---', 'handoff: generic', 'title: Quick fix on purpose', 'status: open', `follows: ${TYPO}`, '---', '', '# Quick fix on purpose', ''].join('\n');

const brokenLinks = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'handoff' && (d.code as { value: string }).value === 'broken-link');

describe('journey broken-link quick fix', function () {
  this.timeout(300_000);
  let uri: vscode.Uri;
  before(async () => {
    await activateHandoff();
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'journey-quick-fix', 'typo.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
  });
  after(async () => {
    for (const d of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // File by file: the Markdown watcher sees no files in a deleted folder.
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true }).then(undefined, () => undefined);
    // Closed while it was deleted: a rescan settles what is left.
    await vscode.commands.executeCommand('handoff.refresh');
    // A deleted file still open as a document keeps its problems until the document closes.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined), 'the deleted file’s problems to go', 60_000);
  });

  it('offers the closest existing handoff path and applies it', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const [diagnostic] = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (brokenLinks(uri).length ? brokenLinks(uri) : undefined), 'broken-link on the typo', 120_000);
    assert.strictEqual(editor.document.getText(diagnostic!.range), TYPO);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === `Change to \`${FIXED}\``);
    assert.ok(fix?.edit, `no "Change to" fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(editor.document.lineAt(4).text, `follows: ${FIXED}`);
  });
});
