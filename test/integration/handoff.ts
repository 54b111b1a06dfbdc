// The extension under test, as the integration tests see it.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'handoff.handoff';

/** Returns the Handoff extension once activated; fails the test if it is not installed. */
export async function activateHandoff(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the host`);
  await ext.activate();
  return ext;
}
