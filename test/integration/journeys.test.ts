// Journeys in the real host: `follows` paths are links to the handoff they continue, and the
// dropped journey of examples/ shows its missing-next warning (the Problems panel equals
// `handoff lint` there too: cli-parity.test.ts covers every file).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

describe('journeys', () => {
  before(() => activateHandoff());
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a follows path is a link (Ctrl+click) to the handoff it continues, relative to the document', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const onboarding = vscode.Uri.joinPath(folder, 'journeys/aldergrove-bakery/2026-09-25-onboarding-after-closed-won.md');
    await vscode.window.showTextDocument(onboarding);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', onboarding);
    const follows = links.find((l) => l.range.start.line === 13);
    assert.ok(follows, `no link on the follows line: ${JSON.stringify(links.map((l) => l.range.start))}`);
    assert.strictEqual(follows.target?.path, vscode.Uri.joinPath(folder, 'journeys/aldergrove-bakery/2026-09-08-lead-wholesale-ordering-demo.md').path);
    assert.strictEqual(follows.range.start.character, 'follows: '.length);
  });

  it('the dropped lead gets missing-next, the complete journeys nothing', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const dropped = vscode.Uri.joinPath(folder, 'journeys/quarry-lane-climbing/2026-10-26-lead-membership-software.md');
    const shown = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const found = vscode.languages.getDiagnostics(dropped).filter((d) => d.source === 'handoff');
      return found.length ? found : undefined;
    }, 'missing-next on the dropped lead', 60_000);
    assert.deepStrictEqual(shown.map((d) => [(d.code as { value: string }).value, d.range.start.line]), [['missing-next', 3]]);
    const complete = vscode.Uri.joinPath(folder, 'journeys/aldergrove-bakery/2026-09-08-lead-wholesale-ordering-demo.md');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(complete).filter((d) => d.source === 'handoff'), []);
  });
});
