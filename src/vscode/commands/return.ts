// `handoff.return`: sends a handoff back to its sender, saying why.
import * as vscode from 'vscode';
import { returnEdits } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Command } from './command';
import { applyOrExplain, resolveTarget, stampDate } from './target';

export class ReturnCommand implements Command {
  readonly id = 'handoff.return';
  constructor(private readonly configs: ConfigStore) {}

  /** `options.today` as for accept (tests). */
  async execute(arg?: unknown, reason?: unknown, options?: unknown): Promise<boolean> {
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
    return applyOrExplain(target, returnEdits(target.doc, why.trim(), config, stampDate(options, config)), 'return');
  }
}
