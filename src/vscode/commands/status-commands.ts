import * as vscode from 'vscode';
import { acceptEdits, isValidDate, nextStatuses, returnEdits, setStatusEdits, todayIn, transitionBlockers, type FieldEdits, type HandoffConfig } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { Command } from './command';
import { applyAndSave, resolveTarget, type Target } from './target';

/**
 * Refuses a move to accepted/done while the handoff is incomplete, offering to show the problems.
 * The message is not awaited: the command finishes now, the notification stays until dismissed.
 */
function refuseIfIncomplete(target: Target, config: HandoffConfig, status: string): boolean {
  const blockers = transitionBlockers(target.doc, config, status);
  if (blockers.length === 0) return false;
  const show = vscode.l10n.t('Show problems');
  void vscode.window.showErrorMessage(vscode.l10n.t('Handoff: cannot move "{0}" to {1}: {2}.', target.doc.title ?? vscode.l10n.t('this handoff'), status, blockers.join('; ')), show).then(async (answer) => {
    if (answer !== show) return;
    await vscode.window.showTextDocument(target.document);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return true;
}

/** Applies the edits and saves, or says why the front-matter was left alone. */
async function applyOrExplain(target: Target, result: FieldEdits, action: string): Promise<boolean> {
  if (result.refused === undefined) return applyAndSave(target.document, result.edits);
  void vscode.window.showErrorMessage(`Handoff: cannot ${action} "${target.doc.title ?? 'this handoff'}": ${result.refused}.`);
  return false;
}

export class AdvanceStatusCommand implements Command {
  readonly id = 'handoff.advanceStatus';
  constructor(private readonly configs: ConfigStore) {}

  async execute(arg?: unknown, status?: unknown): Promise<boolean> {
    const target = await resolveTarget(arg);
    if (!target) return false;
    const { config } = await this.configs.resolve(target.document.uri);
    const next = typeof status === 'string' ? status : await vscode.window.showQuickPick(nextStatuses(target.doc, config), { title: vscode.l10n.t('Move "{0}" to…', target.doc.title ?? vscode.l10n.t('handoff')) });
    if (!next || refuseIfIncomplete(target, config, next)) return false;
    return applyOrExplain(target, setStatusEdits(target.doc, next, config, todayIn(config.timeZone)), `move to ${next}`);
  }
}

export class AcceptCommand implements Command {
  readonly id = 'handoff.accept';
  constructor(
    private readonly configs: ConfigStore,
    private readonly me: Me,
  ) {}

  /** `options.today` (YYYY-MM-DD) stamps that day instead of the clock's (tests); menus and the palette pass nothing. */
  async execute(arg?: unknown, options?: unknown): Promise<boolean> {
    const given = typeof options === 'object' && options !== null ? (options as { today?: unknown }).today : undefined;
    const target = await resolveTarget(arg);
    if (!target) return false;
    const { config } = await this.configs.resolve(target.document.uri);
    if (refuseIfIncomplete(target, config, 'accepted')) return false;
    const today = typeof given === 'string' && isValidDate(given) ? given : todayIn(config.timeZone);
    // `accepted_by` is left out when nobody is configured: no question stands between a click and the accept.
    return applyOrExplain(target, acceptEdits(target.doc, config, today, await this.me.get()), 'accept');
  }
}

export class ReturnCommand implements Command {
  readonly id = 'handoff.return';
  constructor(private readonly configs: ConfigStore) {}

  async execute(arg?: unknown, reason?: unknown): Promise<boolean> {
    const target = await resolveTarget(arg);
    if (!target) return false;
    const why =
      typeof reason === 'string'
        ? reason
        : await vscode.window.showInputBox({
          title: vscode.l10n.t('Return "{0}" to the sender', target.doc.title ?? vscode.l10n.t('handoff')),
          prompt: vscode.l10n.t('What is missing or wrong?'),
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Say why, so the sender can fix it')),
        });
    if (!why?.trim()) return false;
    const { config } = await this.configs.resolve(target.document.uri);
    return applyOrExplain(target, returnEdits(target.doc, why.trim(), config, todayIn(config.timeZone)), 'return');
  }
}
