// Finds, watches and reads the workspace's Markdown files through the core scanner, honouring
// .gitignore, files.exclude, search.exclude and handoff.exclude. Skipped files (too big, binary,
// unreadable, vanished) get one line in the Handoff output channel, never a crash.
import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_SIZE, extname, findMarkdownFiles, globMatcher, matchesPathOrFolder, readMarkdownFile } from '../core/index';
import { readSettings } from './settings';
import { VscodeFileSystem } from './vscode-file-system';

export interface FoundMarkdown {
  readonly uri: vscode.Uri;
  /** mtime and size: the index skips a file whose version it already has. */
  readonly version: string;
}

export class WorkspaceFiles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.deleted];
  private readonly reported = new Set<string>();
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const changed = (uri: vscode.Uri) => this.isIncluded(uri) && this.changed.fire(uri);
    this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete((uri) => this.deleted.fire(uri)));
    // A file written into a folder created a moment before can come before the OS watch on that
    // folder, and its event is lost: a new folder is walked once. Only names without an extension
    // are checked, so a burst of created files costs no stat each.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(folders, folders.onDidCreate((uri) => void this.folderCreated(uri, changed)));
    // A deleted folder comes as one event for the folder, none for the Markdown files it held.
    this.disposables.push(folders.onDidDelete((uri) => extname(uri.path) === '' && this.deleted.fire(uri)));
  }

  private async folderCreated(uri: vscode.Uri, changed: (uri: vscode.Uri) => void): Promise<void> {
    if (extname(uri.path) !== '' || !this.isIncluded(uri)) return;
    const fs = new VscodeFileSystem(uri);
    try {
      if ((await fs.stat(uri.path)).kind !== 'directory') return;
      // .gitignore is honoured by the walk; `changed` applies the exclusion settings, relative to the workspace folder.
      const files = await findMarkdownFiles(fs, [uri.path], { onSkip: (skip) => this.report(skip.path, skip.message) });
      for (const file of files) changed(fs.uri(file.path));
    } catch {
      // Gone again, or unreadable: the watcher reports what follows.
    }
  }

  async findMarkdown(token?: vscode.CancellationToken): Promise<FoundMarkdown[]> {
    const found: FoundMarkdown[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const fs = new VscodeFileSystem(folder.uri);
      const files = await findMarkdownFiles(fs, [folder.uri.path], {
        exclude: excludePatterns(folder.uri),
        signal: { get aborted() { return token?.isCancellationRequested ?? false; } },
        onSkip: (skip) => this.report(skip.path, skip.message),
      });
      found.push(...files.map((f) => ({ uri: fs.uri(f.path), version: versionOf(f) })));
    }
    return found;
  }

  /**
   * False for files under an excluded folder and for documents that are views of something else
   * (`git:` diff sides, `output:`, …): only `untitled:`, `file:` and the workspace folders' own
   * schemes (`vscode-vfs`, `memfs`, …) count. Used for watcher events and opened documents.
   */
  isIncluded(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return true;
    if (uri.path.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return uri.scheme === 'file' || (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);
    // The same glob matching the scanner applies to these patterns, which also excludes whole folders.
    const base = folder.uri.path;
    return !matchesPathOrFolder(globMatcher(base, excludePatterns(uri)), base, uri.path);
  }

  /**
   * The file's text and version, or undefined when it is gone, too big, binary or unreadable. A
   * scan passes the version its walk saw (mtime and size): then the file is only read, not stat'ed.
   */
  async read(uri: vscode.Uri, knownVersion?: string): Promise<{ text: string; version: string } | undefined> {
    const fs = new VscodeFileSystem(uri);
    try {
      const version = knownVersion ?? versionOf(await fs.stat(uri.path));
      const result = await readMarkdownFile(fs, uri.path, DEFAULT_MAX_FILE_SIZE);
      if (result.ok) return { text: result.text, version };
      if (result.reason !== 'vanished') this.report(uri.path, result.message);
    } catch {
      // Deleted between the event and the read: the delete event follows.
    }
    return undefined;
  }

  private report(path: string, message: string): void {
    const line = `Skipped ${path}: ${message}`;
    if (this.reported.has(line)) return;
    this.reported.add(line);
    this.log.warn(line);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function versionOf(stat: { readonly mtime: number; readonly size: number }): string {
  return `${stat.mtime}:${stat.size}`;
}

function excludePatterns(scope: vscode.Uri): string[] {
  const files = vscode.workspace.getConfiguration('files', scope).get<Record<string, boolean>>('exclude', {});
  const search = vscode.workspace.getConfiguration('search', scope).get<Record<string, boolean>>('exclude', {});
  const enabled = Object.entries({ ...files, ...search }).filter(([, on]) => on === true).map(([glob]) => glob);
  return [...enabled, ...readSettings(scope).exclude];
}
