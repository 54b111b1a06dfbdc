// Handoff in VS Code's web worker extension host, as on vscode.dev and github.dev: on a `file:`
// copy of examples/ (the package forced into the worker) and on a `memfs:` virtual workspace
// holding the same files. The runner injects what the CLI says about those files.
import * as vscode from 'vscode';
import { deepEqual, ok, waitFor } from './check';

declare const WEB_TEST: {
  /** The workspace folder's scheme this run opened. */
  readonly scheme: string;
  /** `handoff lint --format json`, as `file:line:column severity rule message`, sorted. */
  readonly problems: readonly string[];
  /** `handoff list --format json`: the open handoffs' files, sorted. */
  readonly open: readonly string[];
  /** `handoff list --all --format json`: every handoff's file, sorted. */
  readonly all: readonly string[];
};

interface Node {
  kind: 'group' | 'handoff';
  entry?: { path: string };
}
interface Tree {
  getChildren(node?: Node): Node[];
  onDidChangeTreeData: vscode.Event<unknown>;
}
interface DashboardHandle {
  model: { gitHistory: boolean; metrics: { total: number } } | undefined;
  rendered: { cards: Record<string, string> } | undefined;
  onDidRender: vscode.Event<unknown>;
  panel: vscode.WebviewPanel;
}

const SEVERITY = ['error', 'warning', 'info', 'info'];

function folder(): vscode.WorkspaceFolder {
  return vscode.workspace.workspaceFolders![0]!;
}

function listed(tree: Tree): string[] {
  return tree
    .getChildren()
    .flatMap((g) => tree.getChildren(g))
    .map((n) => vscode.workspace.asRelativePath(vscode.Uri.parse(n.entry!.path), false))
    .sort();
}

function problems(files: readonly string[]): string[] {
  return files
    .flatMap((file) =>
      vscode.languages
        .getDiagnostics(vscode.Uri.joinPath(folder().uri, file))
        .filter((d) => d.source === 'handoff')
        .map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${(d.code as { value: string }).value} ${d.message}`),
    )
    .sort();
}

describe(`Handoff in the web worker (${WEB_TEST.scheme}: workspace)`, () => {
  let tree: Tree;

  before(async () => {
    const ext = vscode.extensions.getExtension('handoff.handoff');
    ok(ext, 'handoff.handoff is not installed in the worker');
    tree = (await ext.activate()) as Tree;
  });

  it('runs in a web worker: no process, importScripts', () => {
    ok(typeof process === 'undefined', 'process exists: this is not the web worker host');
    ok(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'no importScripts: not a worker');
    ok(vscode.env.uiKind === vscode.UIKind.Web, 'not the web UI');
  });

  it(`opens a ${WEB_TEST.scheme}: workspace`, () => {
    deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.uri.scheme), [WEB_TEST.scheme], 'workspace folder schemes');
  });

  it('indexes exactly the handoffs `handoff list --all` lists', async () => {
    await vscode.commands.executeCommand('handoff.filter', 'all');
    const shown = await waitFor(tree.onDidChangeTreeData, () => (listed(tree).length >= WEB_TEST.all.length ? listed(tree) : undefined), 'the first scan');
    deepEqual(shown, WEB_TEST.all, 'tree rows (all) and `handoff list --all`');
  });

  it('lists in the tree exactly the open handoffs `handoff list` lists', async () => {
    await vscode.commands.executeCommand('handoff.filter', 'open');
    deepEqual(listed(tree), WEB_TEST.open, 'tree rows (open) and `handoff list`');
  });

  it('shows exactly the problems `handoff lint` finds', async () => {
    const files = [...new Set(WEB_TEST.problems.map((p) => p.split(':')[0]!))];
    ok(files.length > 0, 'the examples have planted problems');
    const shown = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (problems(files).length >= WEB_TEST.problems.length ? problems(files) : undefined), 'diagnostics of every broken example');
    deepEqual(shown, WEB_TEST.problems, 'Problems panel and `handoff lint`');
  });

  it('draws the dashboard, saying it has no git history', async () => {
    const dashboard = await vscode.commands.executeCommand<DashboardHandle>('handoff.showDashboard');
    await waitFor(dashboard.onDidRender, () => dashboard.rendered, 'the dashboard to draw');
    ok(dashboard.model && !dashboard.model.gitHistory, 'the web has no git history');
    deepEqual(dashboard.model.metrics.total, WEB_TEST.all.length, 'handoffs measured and `handoff list --all`');
    dashboard.panel.dispose();
  });

  it('creates a new handoff through workspace.fs, and the tree lists it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('handoff.newHandoff', 'generic', 'Web payroll move', 'Finance');
    ok(uri?.scheme === WEB_TEST.scheme, `created ${uri?.toString()}`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    ok(/^title: Web payroll move$/m.test(text), `front-matter of the new file:\n${text}`);
    const rel = vscode.workspace.asRelativePath(uri, false);
    await waitFor(tree.onDidChangeTreeData, () => (listed(tree).includes(rel) ? true : undefined), `${rel} in the tree`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
