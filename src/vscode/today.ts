// The date the editor lints and groups by: today in the team's time zone, unless a caller pinned
// one (`handoff.refresh` with `{ today }`: the host tests lint examples/ as of its reference date,
// as `handoff lint --today` does). Held by the WorkspaceIndex, which lives as long as the window.
import { isValidDate, localToday, todayIn } from '../core/index';

export class Today {
  private pinned: string | undefined;

  /** Today in `timeZone` (the config's), or the pinned date. */
  in(timeZone: string | undefined): string {
    return this.pinned ?? todayIn(timeZone);
  }

  /** Today on this machine, or the pinned date: what cached results are valid for. */
  local(): string {
    return this.pinned ?? localToday();
  }

  /** Pins a YYYY-MM-DD date; anything else goes back to the clock. */
  pin(date: unknown): void {
    this.pinned = typeof date === 'string' && isValidDate(date) ? date : undefined;
  }
}
