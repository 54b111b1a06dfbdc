// Who "me" is in handoffs: the `handoff.me` setting, else the host's answer (git's user.email on
// the desktop, the GitHub account on the web), asked until it answers.
import type { Host } from './host';
import { readSettings } from './settings';

export class Me {
  private fallback: Promise<string | undefined> | undefined;

  constructor(private readonly host: Pick<Host, 'whoAmI'>) {}

  async get(): Promise<string | undefined> {
    const setting = readSettings().me;
    if (setting !== undefined) return setting;
    const answer = await (this.fallback ??= this.host.whoAmI());
    // No answer yet (no git email, or Restricted Mode): ask again next time, e.g. once trusted.
    if (answer === undefined) this.fallback = undefined;
    return answer;
  }
}
