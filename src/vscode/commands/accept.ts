// `handoff.accept`: the receiver accepts a complete handoff (status, when, and who when known).
import { acceptEdits } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { Me } from '../me';
import type { Command } from './command';
import { applyOrExplain, refuseIfIncomplete, resolveTarget, stampDate } from './target';

export class AcceptCommand implements Command {
  readonly id = 'handoff.accept';
  constructor(
    private readonly configs: ConfigStore,
    private readonly me: Me,
  ) {}

  /** `options.today` (YYYY-MM-DD) stamps that day instead of the clock's (tests); menus and the palette pass nothing. */
  async execute(arg?: unknown, options?: unknown): Promise<boolean> {
    const target = await resolveTarget(arg);
    if (!target) return false;
    const { config } = await this.configs.resolve(target.document.uri);
    if (refuseIfIncomplete(target, config, 'accepted')) return false;
    // `accepted_by` is left out when nobody is configured: no question stands between a click and the accept.
    return applyOrExplain(target, acceptEdits(target.doc, config, stampDate(options, config), await this.me.get()), 'accept');
  }
}
