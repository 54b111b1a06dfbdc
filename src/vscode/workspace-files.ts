// Finds, watches and reads the workspace's Markdown files, honouring files.exclude,
// search.exclude and handoff.exclude. Oversized and unreadable files are skipped with one
// message in the Handoff output channel, never a crash.
import * as vscode from 'vscode';
import { readSettings } from './settings';

/** Larger files are skipped: a handoff note is never this big, a generated dump may be. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export class WorkspaceFiles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.deleted];
  private readonly skipped = new Set<string>();
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    const changed = (uri: vscode.Uri) => this.isIncluded(uri) && this.changed.fire(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => this.deleted.fire(uri)),
    );
  }

  async findMarkdown(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const uris = await vscode.workspace.findFiles('**/*.md', excludeGlob(), undefined, token);
    return uris.filter((u) => this.isIncluded(u)).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  }

  /** False for files under an excluded folder (used for watcher events and opened documents). */
  isIncluded(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return true;
    if (uri.path.split('/').includes('node_modules')) return false;
    // languages.match applies VS Code's own glob semantics; it reads only uri and languageId.
    const probe = { uri, languageId: 'markdown' } as vscode.TextDocument;
    return !excludePatterns().some((pattern) => vscode.languages.match({ pattern }, probe) > 0);
  }

  /** The file's text, or undefined when it is gone, too big or unreadable. */
  async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) {
        this.skipOnce(uri, `Skipped ${vscode.workspace.asRelativePath(uri)}: ${(stat.size / 1048576).toFixed(1)} MB is over the 5 MB limit for handoff files`);
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 8192).includes(0)) {
        this.skipOnce(uri, `Skipped ${vscode.workspace.asRelativePath(uri)}: binary content`);
        return undefined;
      }
      return new TextDecoder().decode(bytes);
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
        this.skipOnce(uri, `Could not read ${vscode.workspace.asRelativePath(uri)}: ${String(error)}`);
      }
      return undefined;
    }
  }

  private skipOnce(uri: vscode.Uri, message: string): void {
    if (this.skipped.has(uri.toString())) return;
    this.skipped.add(uri.toString());
    this.log.warn(message);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function excludePatterns(): string[] {
  const files = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  const search = vscode.workspace.getConfiguration('search').get<Record<string, boolean>>('exclude', {});
  const enabled = Object.entries({ ...files, ...search }).filter(([, on]) => on === true).map(([glob]) => glob);
  return [...enabled, ...readSettings().exclude, '**/node_modules/**'];
}

function excludeGlob(): string {
  return `{${excludePatterns().join(',')}}`;
}
