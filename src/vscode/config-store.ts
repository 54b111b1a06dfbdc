// The config in force for each file, from the core's ConfigLookup (the CLI's too): the nearest
// `.handoff.yml` / `.handoff.yaml` up from the file to its workspace folder. Finds and watches
// every config file in the workspace, shows each one's problems on it (rule `config`), and says
// which folder's files to lint again when one changes. A broken config never stops linting: its
// valid rest applies, and the built-in types keep working.
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAMES,
  ConfigLookup,
  configIssues,
  defaultConfig,
  dirname,
  findConfigFiles,
  machineTimeZone,
  RULE_IDS,
  type ConfigInForce,
  type HandoffConfig,
} from '../core/index';
import { toDiagnostic } from './convert';
import { VscodeFileSystem } from './vscode-file-system';

const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
/** The team's zone when its config names none (`timezone:`): the machine's, read once. */
const TIME_ZONE = machineTimeZone();
const DEFAULTS: ConfigInForce = { config: { ...defaultConfig(), timeZone: TIME_ZONE } };

export class ConfigStore implements vscode.Disposable {
  /** One lookup per workspace folder (URI string), bounded by the folder. */
  private lookups = new Map<string, ConfigLookup>();
  /** URI string → text of every config file in the workspace: the index cache is valid for these. */
  private readonly texts = new Map<string, string>();
  private readonly problems = vscode.languages.createDiagnosticCollection('handoff-config');
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  /** Fires with the folder whose files a config change affects (undefined: all of them). */
  readonly onDidChange = this.changed.event;

  private loading: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const changed = (uri: vscode.Uri) => void this.fileChanged(uri);
    this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
    // A deleted folder comes as one event for the folder, none for the configs inside it.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(deletions, deletions.onDidDelete((folder) => this.folderDeleted(folder)));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload().then(() => this.changed.fire(undefined))));
    this.loading = this.load();
  }

  /** Resolves once every config file in the workspace has been read. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** The config in force for a file (an unsaved file: its first workspace folder's), and where it comes from. */
  async resolve(uri: vscode.Uri): Promise<ConfigInForce> {
    await this.loading;
    if (uri.scheme === 'untitled') {
      const first = vscode.workspace.workspaceFolders?.[0];
      return first ? this.resolveFolder(first.uri) : DEFAULTS;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.lookupOf(folder.uri).forFile(uri.path) : DEFAULTS;
  }

  /** The config in force for the files directly in a folder. */
  async resolveFolder(uri: vscode.Uri): Promise<ConfigInForce> {
    await this.loading;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.lookupOf(folder.uri).forFolder(uri.path) : DEFAULTS;
  }

  /**
   * The config already resolved for a file, without waiting: for files the index holds (indexing
   * resolves theirs first). Anything else gets the defaults.
   */
  configFor(uri: vscode.Uri): HandoffConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.lookups.get(folder.uri.toString())?.peek(dirname(uri.path))?.config) ?? DEFAULTS.config;
  }

  /** Changes whenever any config file's text changes: cached results computed under another are stale. */
  fingerprint(): string {
    return JSON.stringify([...this.texts].sort());
  }

  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    this.lookups = new Map();
    this.texts.clear();
    this.problems.clear();
    // A walk over workspace.fs, not findFiles: that never answers where no search provider is
    // registered (a virtual workspace), and linting waits for this.
    const found = await Promise.all((vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
      const fs = new VscodeFileSystem(folder.uri);
      return (await findConfigFiles(fs, folder.uri.path)).map((path) => fs.uri(path));
    }));
    await Promise.all(found.flat().map((uri) => this.read(uri)));
  }

  /** A config file was created, changed or deleted: forget what was resolved under its folder and read it again. */
  private async fileChanged(uri: vscode.Uri): Promise<void> {
    await this.loading;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    this.lookupOf(folder.uri).forget(dirname(uri.path));
    await this.read(uri);
    this.changed.fire(uri.with({ path: dirname(uri.path) }));
  }

  private folderDeleted(folder: vscode.Uri): void {
    const inside = `${folder.toString()}/`;
    for (const key of [...this.texts.keys()]) if (key.startsWith(inside)) void this.fileChanged(vscode.Uri.parse(key));
  }

  /** Reads one config file through the lookup (so walks reuse it) and shows its problems on it. */
  private async read(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const file = folder && (await this.lookupOf(folder.uri).load(uri.path));
    const key = uri.toString();
    if (!file) {
      this.texts.delete(key);
      this.problems.delete(uri);
      return;
    }
    this.texts.set(key, file.text);
    this.problems.set(uri, configIssues(file).map((issue) => toDiagnostic(issue)));
  }

  private lookupOf(folder: vscode.Uri): ConfigLookup {
    const key = folder.toString();
    let lookup = this.lookups.get(key);
    if (!lookup) this.lookups.set(key, (lookup = new ConfigLookup(new VscodeFileSystem(folder), { ruleIds: RULE_IDS, root: folder.path, timeZone: TIME_ZONE })));
    return lookup;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
