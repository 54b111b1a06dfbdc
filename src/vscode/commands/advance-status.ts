// `handoff.advanceStatus`: moves a handoff to a status its type allows next (picked, or given).
import * as vscode from 'vscode';
import { nextStatuses, setStatusEdits } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Command } from './command';
import { applyOrExplain, refuseIfIncomplete, resolveTarget, stampDate } from './target';

export class AdvanceStatusCommand implements Command {
  readonly id = 'handoff.advanceStatus';
  constructor(private readonly configs: ConfigStore) {}

  /** `options.today` as for accept (tests). */
  async execute(arg?: unknown, status?: unknown, options?: unknown): Promise<boolean> {
    const target = await resolveTarget(arg);
    if (!target) return false;
    const { config } = await this.configs.resolve(target.document.uri);
    const next = typeof status === 'string' ? status : await vscode.window.showQuickPick(nextStatuses(target.doc, config), { title: vscode.l10n.t('Move "{0}" to…', target.doc.title ?? vscode.l10n.t('handoff')) });
    if (!next || refuseIfIncomplete(target, config, next)) return false;
    return applyOrExplain(target, setStatusEdits(target.doc, next, config, stampDate(options, config)), `move to ${next}`);
  }
}
