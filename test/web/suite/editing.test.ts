// Editing a handoff in the web worker: accept, a quick fix, completion and hover, every edit going
// through workspace.fs (on memfs: the test file system, as on github.dev its virtual one).
import * as vscode from 'vscode';
import { ok, waitFor } from './check';
import { handoffDoc } from '../../generators/handoff-doc';

const COMPLETE = handoffDoc({ title: 'Web handoff', due: '2099-01-01', checklist: [true] });
const CONTEXT = '## Context\n\nFinance is busy with the ERP roll-out.\n\n';

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, `web-${name}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Editing handoffs in the web worker', () => {
  before(() => vscode.workspace.getConfiguration('handoff').update('me', 'priya@example.com', vscode.ConfigurationTarget.Global));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('handoff').update('me', undefined, vscode.ConfigurationTarget.Global);
  });

  it('accepts a handoff: status, accepted_by and accepted_at written to the file', async () => {
    const uri = await write('accept', COMPLETE);
    ok((await vscode.commands.executeCommand('handoff.accept', uri)) === true, 'handoff.accept refused');
    const text = await read(uri);
    ok(/^status: accepted\n[^]*^accepted_by: priya@example\.com\naccepted_at: \d{4}-\d{2}-\d{2}$/m.test(text), text);
  });

  it('offers a quick fix that adds a missing section', async () => {
    const uri = await write('fix', COMPLETE.replace(CONTEXT, ''));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const missing = await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'missing-section'),
      'the missing-section diagnostic',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range);
    const fix = actions.find((a) => a.title === 'Add section `Context`');
    ok(fix?.edit, actions.map((a) => a.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    ok(/\n## Context\n/.test(document.getText()), document.getText());
  });

  it('completes statuses and explains fields on hover', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nhandoff: generic\nstatus: \n---\n' });
    const statuses = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 8));
    const labels = statuses.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    ok(['draft', 'open', 'accepted', 'done'].every((s) => labels.includes(s)), labels.join(', '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 2));
    ok(hovers.length > 0, 'no hover on `status`');
  });
});
