// New Follow-up Handoff in the real host, on the dropped journey of examples/: the onboarding
// that was never written after the Quarry Lane lead. The follow-up is written next to the lead,
// pre-filled, opened; it has no broken link, and the lead's missing-next goes away.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor, waitForDiagnostics } from './wait-for';

const TODAY = '2026-11-25';
/** Journey problems wait for the first scan of the whole workspace: generous, for a loaded machine. */
const SCAN_MS = 60_000;

const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
const hasMissingNext = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'handoff' && ruleOf(d) === 'missing-next');

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('New Follow-up Handoff', function () {
  // Each step waits for the workspace's journey problems: room for a loaded machine (hang detection only).
  this.timeout(3 * SCAN_MS);
  const created: vscode.Uri[] = [];
  let lead: vscode.Uri;

  before(async () => {
    await activateHandoff();
    await vscode.workspace.getConfiguration('handoff').update('me', 'oliver@example.com', vscode.ConfigurationTarget.Workspace);
    lead = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'journeys/quarry-lane-climbing/2026-10-26-lead-membership-software.md');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (hasMissingNext(lead) ? true : undefined), 'missing-next on the dropped lead', SCAN_MS);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri);
    await vscode.workspace.getConfiguration('handoff').update('me', undefined, vscode.ConfigurationTarget.Workspace);
    // The suites after this one see examples/ as it is: the lead dropped again.
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (hasMissingNext(lead) ? true : undefined), 'missing-next back on the lead', SCAN_MS);
  });

  it('writes the expected next type beside the previous handoff, pre-filled, opens it, and closes the gap', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('handoff.newFollowUp', lead, undefined, 'Quarry Lane Climbing onboarding', { today: TODAY });
    assert.ok(uri, 'no file written');
    created.push(uri);
    assert.strictEqual(uri.path, vscode.Uri.joinPath(lead, '..', `${TODAY}-quarry-lane-climbing-onboarding.md`).path);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const text = await read(uri);
    assert.strictEqual(
      text.slice(0, text.indexOf('\n# ')),
      [
        '---',
        'handoff: sales-to-customer-success', // marketing-to-sales expects exactly this one next: no question asked
        'title: Quarry Lane Climbing onboarding',
        'status: draft',
        'from: Sales',
        'to: Customer Success',
        'owner: oliver@example.com',
        'assignee:',
        `created: ${TODAY}`,
        'due:',
        'follows: ./2026-10-26-lead-membership-software.md',
        'journey: "Lead — Quarry Lane Climbing wants membership software"',
        'template_version: 1',
        '---',
      ].join('\n'),
    );
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (hasMissingNext(lead) ? undefined : true), "the lead's missing-next to go", SCAN_MS);
    const own = await waitForDiagnostics(uri, 'handoff', SCAN_MS);
    assert.deepStrictEqual(own.filter((d) => ruleOf(d) === 'broken-link' || ruleOf(d) === 'follows-cycle'), []);
  });

  it('from a row of the Handoffs view too, and never over an existing file', async () => {
    const first = created[0]!;
    const before = await read(first);
    const row = { kind: 'handoff', entry: { path: lead.toString() } };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('handoff.newFollowUp', row, 'sales-to-customer-success', 'Quarry Lane Climbing onboarding', { today: TODAY });
    assert.ok(uri, 'no file written');
    created.push(uri);
    assert.strictEqual(uri.path, first.path.replace(/\.md$/, '-2.md'));
    assert.strictEqual(await read(first), before);
    assert.match(await read(uri), /\nfollows: \.\/2026-10-26-lead-membership-software\.md\n/);
  });
});
