// Who "me" is in handoffs: the `handoff.me` setting, else the host's answer (git's user.email on
// the desktop, the GitHub account on the web), asked once.
import type { Host } from './host';
import { readSettings } from './settings';

export class Me {
  private fallback: Promise<string | undefined> | undefined;

  constructor(private readonly host: Pick<Host, 'whoAmI'>) {}

  async get(): Promise<string | undefined> {
    return readSettings().me ?? (await (this.fallback ??= this.host.whoAmI()));
  }
}
