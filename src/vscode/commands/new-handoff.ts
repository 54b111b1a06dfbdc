import * as vscode from 'vscode';
import { handoffFolder, planNewHandoff, todayIn, type HandoffType } from '../../core/index';
import type { ConfigStore } from '../config-store';
import { lineSelection } from '../convert';
import type { Me } from '../me';
import type { Command } from './command';

/** Creates `<folder>/<date>-<slug>.md` from a type's template and opens it at the first section. */
export class NewHandoffCommand implements Command {
  readonly id = 'handoff.newHandoff';

  constructor(
    private readonly configs: ConfigStore,
    private readonly me: Me,
  ) {}

  /** Arguments (all optional, for keybindings and tests): type id, title, receiving team. */
  async execute(typeId?: unknown, givenTitle?: unknown, givenTo?: unknown): Promise<vscode.Uri | undefined> {
    const folder = await pickFolder();
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Handoff: open a folder first; handoffs are files in your repository.'));
      return undefined;
    }
    const { config } = await this.configs.resolveFolder(folder.uri);
    const type = typeof typeId === 'string' ? config.types.get(typeId) : await pickType([...config.types.values()]);
    if (!type) return undefined;
    const title = await askTitle(type, givenTitle);
    if (!title) return undefined;
    const to = await receivingTeam(type, givenTo);
    if (to === undefined) return undefined;
    const where = handoffFolder(folder.uri.path, config.folder);
    if ('error' in where) {
      void vscode.window.showErrorMessage(`Handoff: ${where.error}`);
      return undefined;
    }
    const target = folder.uri.with({ path: where.path });
    const plan = await planNewHandoff(target.path, type, { title: title.trim(), today: todayIn(config.timeZone), owner: await this.me.get(), to }, (path) => exists(target.with({ path })));
    return writeAndOpen(target.with({ path: plan.path }), plan);
  }
}

/** The title given, else asked (pre-filled with `suggested`); undefined when the question is dismissed. */
export async function askTitle(type: HandoffType, given: unknown, suggested?: string): Promise<string | undefined> {
  if (typeof given === 'string') return given;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New {0} handoff', type.title),
    prompt: vscode.l10n.t('What is being handed off?'),
    value: suggested,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A title is required')),
  });
}

/** Writes a planned handoff and opens it with the cursor in its first section (New Handoff, New Follow-up Handoff). */
export async function writeAndOpen(uri: vscode.Uri, plan: { readonly text: string; readonly cursorLine: number }): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(plan.text));
  const editor = await vscode.window.showTextDocument(uri);
  editor.selection = lineSelection(editor.document, plan.cursorLine);
  editor.revealRange(editor.selection);
  return uri;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length <= 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the handoff live?') });
}

/** The type's receiving team, else the one given, else asked; undefined when the question is dismissed. */
export async function receivingTeam(type: HandoffType, given: unknown): Promise<string | undefined> {
  return type.to ?? (typeof given === 'string' ? given : vscode.window.showInputBox({ title: vscode.l10n.t('Receiving team'), prompt: vscode.l10n.t('Which team receives this handoff?') }));
}

export async function pickType(types: HandoffType[], title = vscode.l10n.t('New Handoff')): Promise<HandoffType | undefined> {
  const picked = await vscode.window.showQuickPick(
    types.map((type) => ({ label: type.title, description: [type.from, type.to].filter(Boolean).join(' → '), detail: type.description, type })),
    { title, placeHolder: vscode.l10n.t('Which kind of handoff?'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.type;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
