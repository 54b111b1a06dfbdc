// "The next handoff was never written": a handoff whose type expects a successor, accepted or done
// for longer than the type allows, that no handoff follows.
import { daysBetween, isValidDate } from '../util/dates';
import type { JourneyFacts } from './facts';

export interface MissingNext {
  /** When the stage ended: `done_at` for a done handoff, else `accepted_at`, else `created`. */
  readonly since: string;
  readonly days: number;
}

/** Undefined unless the successor is overdue; `followers` are the handoffs that follow this one. */
export function missingNext(handoff: JourneyFacts, followers: readonly string[], today: string): MissingNext | undefined {
  if (!handoff.next.length || followers.length) return undefined;
  if (handoff.phase !== 'accepted' && handoff.phase !== 'done') return undefined;
  const since = handoff.phase === 'done' ? handoff.doneAt ?? handoff.acceptedAt ?? handoff.created : handoff.acceptedAt ?? handoff.created;
  if (since === undefined || !isValidDate(since) || !isValidDate(today)) return undefined;
  const days = daysBetween(since, today);
  return days > handoff.nextWithinDays ? { since, days } : undefined;
}
