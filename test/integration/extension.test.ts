import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateHandoff, EXTENSION_ID } from './handoff';

describe('extension', () => {
  it(`${EXTENSION_ID} is present and activates`, async () => {
    const ext = await activateHandoff();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every command contributed in package.json', async () => {
    const ext = await activateHandoff();
    // Read the file itself, not ext.packageJSON, so a stale manifest cannot hide a missing command.
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    const contributed: string[] = (manifest.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
  });
});
