// Completion of `follows:` paths in the real host: at a follows value in the examples, the other
// handoffs of the workspace come as paths relative to the document, replacing the whole value.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

const SUPPORT = 'journeys/aldergrove-bakery/2026-10-30-support-handover.md';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** The path completions (file kind) at `position`, once the index has every `expected` one (it may still be scanning). */
async function pathCompletions(uri: vscode.Uri, position: vscode.Position, expected: readonly string[]): Promise<vscode.CompletionItem[]> {
  const attempt = async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const items = list.items.filter((i) => i.kind === vscode.CompletionItemKind.File);
    return expected.every((label) => items.some((i) => labelOf(i) === label)) ? items : undefined;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const items = await attempt();
    if (items || Date.now() > deadline) return items ?? [];
    // The index publishes diagnostics as it fills: try again after the next change.
    await waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e, 'the index to change', 10_000).catch(() => undefined);
  }
}

describe('journey link completion', () => {
  before(() => activateHandoff());
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('completes a follows value with the handoffs as relative paths, title · status · type, not the document itself', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, SUPPORT);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(13).text;
    assert.strictEqual(line, 'follows: ./2026-09-25-onboarding-after-closed-won.md');
    // The cursor inside the path: the completion replaces the whole value, not just what is before the cursor.
    const expected = [
      './2026-09-08-lead-wholesale-ordering-demo.md',
      './2026-09-25-onboarding-after-closed-won.md',
      '../quarry-lane-climbing/2026-10-26-lead-membership-software.md',
      '../../handoffs/2026-11-16-northwind-logistics-onboarding.md',
    ];
    const items = await pathCompletions(uri, new vscode.Position(13, 'follows: ./2026-09'.length), expected);
    const labels = items.map(labelOf);
    for (const label of expected) assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('./2026-10-30-support-handover.md'), 'the document itself is not offered');
    assert.ok(!labels.some((l) => l.includes('meeting-notes')), 'a note that is not a handoff is not offered');
    const onboarding = items.find((i) => i.label === './2026-09-25-onboarding-after-closed-won.md')!;
    assert.strictEqual(onboarding.detail, 'Aldergrove Bakery — onboarding after closed-won · done · sales-to-customer-success');
    const range = onboarding.range as vscode.Range;
    assert.deepStrictEqual([range.start.character, range.end.character], ['follows: '.length, line.length]);
  });
});
