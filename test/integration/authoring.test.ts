import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';

describe('authoring', () => {
  const created: vscode.Uri[] = [];
  before(() => activateHandoff());
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri);
  });

  it('New Handoff writes <folder>/<date>-<slug>.md from the template, opens it in the first section, never overwrites', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('handoff.newHandoff', 'generic', 'Integration payroll move', 'Finance');
    const second = await vscode.commands.executeCommand<vscode.Uri>('handoff.newHandoff', 'generic', 'Integration payroll move', 'Finance');
    created.push(first, second);
    assert.match(first.path, /\/handoffs\/\d{4}-\d{2}-\d{2}-integration-payroll-move\.md$/);
    assert.strictEqual(second.path, first.path.replace(/\.md$/, '-2.md'));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), second.toString());
    const text = editor.document.getText();
    assert.match(text, /^---\nhandoff: generic\ntitle: Integration payroll move\nstatus: draft\nfrom:\nto: Finance\n/);
    assert.strictEqual(editor.document.lineAt(editor.selection.active.line - 2).text, '## Summary');
  });

  it('completes statuses and type ids in front-matter', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nhandoff: generic\nstatus: \n---\n' });
    const statuses = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 8));
    const labels = statuses.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const s of ['draft', 'open', 'accepted', 'done']) assert.ok(labels.includes(s), `${s} not in ${labels.join(', ')}`);
    const types = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 9));
    assert.ok(types.items.some((i) => i.label === 'vendor-onboarding'), 'the custom type from examples/.handoff.yml is offered');
  });
});
