// `handoff.newFollowUp`: the next handoff of a journey, written next to the previous one and
// pre-filled from it (the core's planFollowUp); the type comes from the previous type's `next`.
import * as vscode from 'vscode';
import { buildJourneyGraph, followUpJourney, followUpTitle, followUpTypes, planFollowUp, type JourneyFacts } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { WorkspaceIndex } from '../workspace-index';
import type { Command } from './command';
import { askTitle, exists, pickType, receivingTeam, writeAndOpen } from './new-handoff';
import { resolveTarget, stampDate } from './target';

export class NewFollowUpCommand implements Command {
  readonly id = 'handoff.newFollowUp';

  constructor(
    private readonly configs: ConfigStore,
    private readonly me: Me,
    private readonly workspace: WorkspaceIndex,
  ) {}

  /**
   * `arg`: a tree row or a URI, else the active editor. The rest (optional, for keybindings and
   * tests): the type id, the title, and `options.today` (YYYY-MM-DD) and `options.to` (the receiving
   * team of a type that names none).
   */
  async execute(arg?: unknown, typeId?: unknown, givenTitle?: unknown, options?: unknown): Promise<vscode.Uri | undefined> {
    const previous = await resolveTarget(arg);
    if (!previous) return undefined;
    const uri = previous.document.uri;
    const { config } = await this.configs.resolve(uri);
    const choices = followUpTypes(previous.doc.type, config);
    const type = typeof typeId === 'string' ? config.types.get(typeId) : choices.length === 1 ? choices[0] : await pickType(choices, vscode.l10n.t('Follow-up of "{0}"', previous.doc.title ?? vscode.l10n.t('handoff')));
    if (!type) return undefined;
    const facts = this.workspace.index.all().flatMap((e) => (e.journey ? [e.journey] : ([] as JourneyFacts[])));
    const journey = followUpJourney(buildJourneyGraph(facts), this.workspace.index.get(uri.toString())?.journey?.file ?? uri.path, previous.doc);
    const title = await askTitle(type, givenTitle, followUpTitle(journey, type));
    if (!title?.trim()) return undefined;
    const to = await receivingTeam(type, (options as { to?: unknown } | undefined)?.to);
    if (to === undefined) return undefined;
    const values = { title: title.trim(), today: stampDate(options, config), owner: await this.me.get(), to, journey };
    const plan = await planFollowUp(previous.doc, uri.path, type, values, (path) => exists(uri.with({ path })));
    return writeAndOpen(uri.with({ path: plan.path }), plan);
  }
}
