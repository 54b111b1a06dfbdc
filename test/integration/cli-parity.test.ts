// The editor and the CLI run the same engine: every problem `handoff lint --format json` finds in
// the workspace is in the Problems panel at the same place, and nothing else is.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateHandoff } from './handoff';
import { waitFor } from './wait-for';

interface CliProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const SEVERITY = ['error', 'warning', 'info', 'info'];

describe('editor and CLI agree', () => {
  it('reports exactly the CLI problems for examples/ in the Problems panel', async () => {
    const ext = await activateHandoff();
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), 'lint', 'handoffs', '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
        // json paths are from the repository root: make it this folder, even under GitHub Actions.
        env: { ...process.env, GITHUB_WORKSPACE: root },
      });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // exit code 1: problems found
    }
    const cli = (JSON.parse(stdout) as (CliProblem & { severity: string })[])
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`)
      .sort();
    assert.ok(cli.length > 0, 'the examples have planted problems');
    const files = new Set(cli.map((p) => p.split(':')[0]!));
    const editor = () =>
      [...files]
        .flatMap((file) =>
          vscode.languages
            .getDiagnostics(vscode.Uri.file(path.join(root, file)))
            .filter((d) => d.source === 'handoff')
            .map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${(d.code as { value: string }).value} ${d.message}`),
        )
        .sort();
    const shown = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (editor().length >= cli.length ? editor() : undefined), 'workspace diagnostics for every broken example');
    assert.deepStrictEqual(shown, cli);
  });
});
