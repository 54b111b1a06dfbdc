import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor, waitForDiagnostics } from './wait-for';
import { handoffDoc } from '../generators/handoff-doc';
import { TODAY } from '../generators/today';

// `title` carries a YAML comment in the integration suite, to check edits keep it.
const COMPLETE = handoffDoc({ title: 'Integration handoff  # kept', due: '2099-01-01', checklist: [true] });
const CONTEXT = '## Context\n\nFinance is busy with the ERP roll-out.\n\n';

async function write(name: string, text: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders![0]!;
  const uri = vscode.Uri.joinPath(folder.uri, `integration-${name}-${Date.now()}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('status commands and quick fixes', () => {
  const created: vscode.Uri[] = [];
  before(async () => {
    await activateHandoff();
    await vscode.workspace.getConfiguration('handoff').update('me', 'priya@example.com', vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    // Revert unsaved test edits first: closing would save them, re-creating the files deleted below.
    for (const d of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri);
    await vscode.workspace.getConfiguration('handoff').update('me', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('accept sets status, accepted_by and accepted_at, and changes nothing else', async () => {
    const uri = await write('accept', COMPLETE);
    created.push(uri);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.accept', uri, { today: TODAY }), true);
    const accepted = COMPLETE.replace('status: open', 'status: accepted').replace('due: 2099-01-01\n', `due: 2099-01-01\naccepted_by: priya@example.com\naccepted_at: ${TODAY}\n`);
    assert.strictEqual(await read(uri), accepted);
  });

  it('advance moves to a chosen status, stamping done_at, as one undo step', async () => {
    const uri = await write('advance', COMPLETE);
    created.push(uri);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.advanceStatus', uri, 'done', { today: TODAY }), true);
    assert.strictEqual(await read(uri), COMPLETE.replace('status: open', 'status: done').replace('due: 2099-01-01\n', `due: 2099-01-01\ndone_at: ${TODAY}\n`));
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), COMPLETE);
  });

  it('refuses to accept an incomplete handoff and leaves the file alone', async () => {
    const incomplete = COMPLETE.replace('- [x] Item 1', '- [ ] Item 1').replace(CONTEXT, '');
    const uri = await write('refuse', incomplete);
    created.push(uri);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.accept', uri), false);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.advanceStatus', uri, 'done'), false);
    assert.strictEqual(await read(uri), incomplete);
  });

  it('return replaces a folded reason by exactly its lines; a flow-map front-matter is refused and left alone', async () => {
    const folded = COMPLETE.replace('status: open\n', 'status: open\nreturned_reason: >\n  Was missing\n  the contract.\n');
    const uri = await write('return-folded', folded);
    created.push(uri);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.return', uri, 'No access yet', { today: TODAY }), true);
    assert.strictEqual(await read(uri), COMPLETE.replace('status: open\n', 'status: returned\nreturned_reason: No access yet\n').replace('due: 2099-01-01\n', `due: 2099-01-01\nreturned_at: ${TODAY}\n`));
    const flow = ['---', '{handoff: generic, title: Flow, status: open}', '---', '## Summary', ''].join('\n');
    const flowUri = await write('flow', flow);
    created.push(flowUri);
    assert.strictEqual(await vscode.commands.executeCommand('handoff.advanceStatus', flowUri, 'cancelled'), false);
    assert.strictEqual(await read(flowUri), flow);
  });

  it('a quick fix adds a missing section and its diagnostic goes away', async () => {
    const broken = COMPLETE.replace(CONTEXT, '');
    const uri = await write('fix', broken);
    created.push(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(uri, 'handoff');
    const missing = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'missing-section');
    assert.ok(missing, diagnostics.map((d) => d.message).join('\n'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range);
    const fix = actions.find((a) => a.title === 'Add section `Context`');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(document.getText(), /## Summary\n\nThe board report moves to the Strategy Office\.\n\n## Context\n\n<!-- .* -->\n\n## Open questions/);
    const isMissingSection = (d: vscode.Diagnostic) => typeof d.code === 'object' && d.code.value === 'missing-section';
    const after = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const now = vscode.languages.getDiagnostics(uri);
      return now.some(isMissingSection) ? undefined : now;
    }, 'the missing-section diagnostic to clear');
    // The inserted section holds the template's prompt: it is now merely empty.
    assert.deepStrictEqual(after.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)), ['empty-section']);
  });
});

