// `handoff.accept`: the receiver accepts a complete handoff (status, who, when).
import * as vscode from 'vscode';
import { acceptEdits, localToday } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { Command } from './command';
import { applyOrExplain, refuseIfIncomplete, resolveTarget } from './target';

export class AcceptCommand implements Command {
  readonly id = 'handoff.accept';
  constructor(
    private readonly configs: ConfigStore,
    private readonly me: Me,
  ) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await resolveTarget(arg);
    if (!target || refuseIfIncomplete(target, (await this.configs.resolve(target.document.uri)).config, 'accepted')) return false;
    const me = (await this.me.get()) ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Who is accepting?'), prompt: vscode.l10n.t('Your name or email (set handoff.me to skip this question)') }));
    if (!me) return false;
    return applyOrExplain(target, acceptEdits(target.doc, me, localToday()), 'accept');
  }
}
