// The editor and the CLI run the same engine: every problem `handoff lint --format json` finds in
// the workspace is in the Problems panel at the same place, and nothing else is. Both lint as of
// examples/' reference date, never the machine's (`handoff.refresh` pins the editor's).
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REFERENCE_DATE } from '../host/evergreen';
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
/** Hang detection only: watcher events, re-indexing and diagnostics take seconds on a loaded machine. */
const SLOW_HOST_MS = 60_000;

/** `handoff lint ARGS --format json` from the workspace root, one line per problem, sorted. */
function cliProblems(extensionPath: string, root: string, args: readonly string[]): string[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'lint', ...args, '--today', REFERENCE_DATE, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      // json paths are from the repository root: make it this folder, even under GitHub Actions.
      env: { ...process.env, GITHUB_WORKSPACE: root },
    });
  } catch (error) {
    stdout = (error as { stdout: string }).stdout; // exit code 1: problems found
  }
  return (JSON.parse(stdout) as (CliProblem & { severity: string })[]).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`).sort();
}

/** The Problems panel's Handoff entries for `files` (relative to root), in the CLI's line format, sorted. */
function editorProblems(root: string, files: Iterable<string>): string[] {
  return [...files]
    .flatMap((file) =>
      vscode.languages
        .getDiagnostics(vscode.Uri.file(path.join(root, file)))
        .filter((d) => d.source === 'handoff')
        .map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${(d.code as { value: string }).value} ${d.message}`),
    )
    .sort();
}

/** The Problems panel's entries for `files` once they equal `cli` (else as they are after the wait, for the diff). */
function shownWhenEqual(root: string, files: Iterable<string>, cli: readonly string[], what: string): Promise<string[]> {
  const key = JSON.stringify(cli);
  const shown = () => editorProblems(root, files);
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => (JSON.stringify(shown()) === key ? shown() : undefined), what, SLOW_HOST_MS).catch(() => shown());
}

describe('editor and CLI agree', function () {
  this.timeout(3 * SLOW_HOST_MS);
  before(async () => {
    await activateHandoff();
    await vscode.commands.executeCommand('handoff.refresh', { today: REFERENCE_DATE });
  });
  after(() => vscode.commands.executeCommand('handoff.refresh')); // back to the clock for the other suites

  it('reports exactly the CLI problems for examples/ in the Problems panel', async () => {
    const ext = await activateHandoff();
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    // journeys/ too: the cross-document rules see only the handoffs linted, and TX-40's follower lives there.
    const cli = cliProblems(ext.extensionPath, root, ['handoffs', 'journeys']);
    assert.ok(cli.length > 0, 'the examples have planted problems');
    assert.ok(cli.some((p) => p.includes(' overdue ')), 'dated problems are compared too');
    const files = new Set(cli.map((p) => p.split(':')[0]!));
    assert.deepStrictEqual(await shownWhenEqual(root, files, cli, 'workspace diagnostics for every broken example'), cli);
  });

  describe('with a file whose front-matter comes after blank lines', () => {
    const LATE = 'late-notes/late.md';
    let root: string;

    after(async () => {
      // Only the file (the workspace is a throwaway copy): a folder deleted at once can swallow its file's delete event.
      await vscode.workspace.fs.delete(vscode.Uri.file(path.join(root, LATE))).then(undefined, () => undefined);
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => (editorProblems(root, [LATE]).length === 0 ? true : undefined), 'the hint gone', SLOW_HOST_MS);
    });

    it('shows its front-matter-not-first hint while it is closed, as the CLI does', async () => {
      const ext = await activateHandoff();
      root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const text = '\n\n---\nhandoff: generic\ntitle: Late notes\nstatus: open\n---\n# Late notes\n';
      await vscode.workspace.fs.writeFile(vscode.Uri.file(path.join(root, LATE)), new TextEncoder().encode(text));
      const cli = cliProblems(ext.extensionPath, root, ['late-notes']);
      assert.deepStrictEqual(cli.map((p) => p.split(' ').slice(0, 3).join(' ')), [`${LATE}:3:1 warning front-matter-not-first`]);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === path.join(root, LATE)), 'the file is not open');
      assert.deepStrictEqual(await shownWhenEqual(root, [LATE], cli, 'the hint on the closed file'), cli);
    });
  });

  describe('with a nested config', function () {
    this.timeout(3 * SLOW_HOST_MS);
    const REQUEST = 'team-b/handoffs/request.md';
    const VENDOR = 'team-b/handoffs/vendor.md';
    const CONFIG = 'team-b/.handoff.yml';
    let root: string;
    const write = (file: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.file(path.join(root, file)), new TextEncoder().encode(text));

    after(async () => {
      // File by file: the Markdown watcher sees no files in a deleted folder.
      const remove = (file: string) => vscode.workspace.fs.delete(vscode.Uri.file(path.join(root, file)), { recursive: true }).then(undefined, () => undefined); // not written if the test failed early
      for (const file of [REQUEST, VENDOR, 'team-b']) await remove(file);
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => (editorProblems(root, [REQUEST, VENDOR, CONFIG]).length === 0 ? true : undefined), 'team-b problems gone', SLOW_HOST_MS);
    });

    it('applies team-b/.handoff.yml to the files under it, as the CLI does, file by file', async () => {
      const ext = await activateHandoff();
      root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      await write(REQUEST, '---\nhandoff: team-b-request\ntitle: Printer move\nstatus: open\nowner: bea@example.com\n---\n# Printer move\n\n## Summary\n\nMove the printer to room 4.\n\n## Checklist\n\n- [ ] Book the van\n');
      // Before team-b has a config, the root one applies: it has no `team-b-request`.
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => (editorProblems(root, [REQUEST]).some((p) => p.includes(' unknown-type ')) ? true : undefined), 'unknown-type under the root config', SLOW_HOST_MS);
      await write(VENDOR, '---\nhandoff: vendor-onboarding\ntitle: Toner vendor\nstatus: open\n---\n# Toner vendor\n');
      // The nearest config applies whole: vendor-onboarding (the root config's type) is unknown under team-b.
      await write(
        CONFIG,
        'types:\n  team-b-request:\n    title: Team B request\n    required_fields: [title, status, owner]\n    sections: [Summary, Risks, { name: Checklist, checklist: true }]\n  generic:\n    required_feilds: [title]\nstale_after_days: three weeks\n',
      );
      const files = [REQUEST, VENDOR, CONFIG];
      const cli = cliProblems(ext.extensionPath, root, ['team-b']);
      assert.ok(cli.some((p) => p.startsWith(`${REQUEST}:`) && p.includes(' missing-section ')), cli.join('\n'));
      assert.ok(cli.some((p) => p.startsWith(`${VENDOR}:`) && p.includes(' unknown-type ')), cli.join('\n'));
      assert.deepStrictEqual(cli.filter((p) => p.startsWith(`${CONFIG}:`)).map((p) => p.split(' ')[0]), [`${CONFIG}:7:5`, `${CONFIG}:8:19`]);
      assert.deepStrictEqual(new Set(cli.map((p) => p.split(':')[0])), new Set(files));
      const shown = await shownWhenEqual(root, files, cli, 'the Problems panel to match the CLI under team-b/.handoff.yml');
      for (const file of files) assert.deepStrictEqual(shown.filter((p) => p.startsWith(`${file}:`)), cli.filter((p) => p.startsWith(`${file}:`)), file);
    });
  });
});
