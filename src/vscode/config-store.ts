// Loads `.handoff.yml` for each workspace folder, keeps it current, and shows its problems
// as diagnostics on the config file itself. A broken config never stops linting: the
// built-in types keep working.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfig, RULE_IDS, type HandoffConfig } from '../core/index';
import { toVsRange } from './convert';

export class ConfigStore implements vscode.Disposable {
  private readonly configs = new Map<string, HandoffConfig>();
  private readonly texts = new Map<string, string>();
  private readonly problems = vscode.languages.createDiagnosticCollection('handoff-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  readonly onDidChange = this.changed.event;

  private loading: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const reload = () => void this.reload().then(() => this.changed.fire());
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(reload));
    this.loading = this.load();
  }

  /** Resolves once the configs being (re)loaded are in; until then configFor gives the defaults. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** The configuration that applies to a file: its workspace folder's (an unsaved file's: the first folder's), else the defaults. */
  configFor(uri: vscode.Uri): HandoffConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    return (folder && this.configs.get(folder.uri.toString())) ?? defaultConfig();
  }

  /** Changes whenever any folder's config text changes: cached results computed under another are stale. */
  fingerprint(): string {
    return JSON.stringify([...this.texts]);
  }

  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    this.configs.clear();
    this.texts.clear();
    this.problems.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const found = await readFirst(folder.uri);
      if (!found) continue;
      const { config, problems } = loadConfig(found.text, { ruleIds: RULE_IDS });
      this.configs.set(folder.uri.toString(), config);
      this.texts.set(folder.uri.toString(), found.text);
      this.problems.set(
        found.uri,
        problems.map((p) => {
          const d = new vscode.Diagnostic(toVsRange(p.range), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          d.source = 'handoff';
          return d;
        }),
      );
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function readFirst(folder: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const uri = vscode.Uri.joinPath(folder, name);
    try {
      return { uri, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      // Not there (or unreadable): try the next name, then fall back to the defaults.
    }
  }
  return undefined;
}
