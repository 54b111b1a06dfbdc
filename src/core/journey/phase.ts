// Where a handoff stands for the journey rules, from the config's lifecycle phases (never status
// names): owned is `accepted`, closed is `done` unless the status means the work was abandoned.
import { isAbandonedStatus, statusPhase, type HandoffConfig } from '../config/types';

export type JourneyPhase = 'open' | 'accepted' | 'done' | 'cancelled';

export function journeyPhase(status: string | undefined, config: HandoffConfig): JourneyPhase {
  if (isAbandonedStatus(config.statuses, status)) return 'cancelled';
  const phase = statusPhase(config.statuses, status);
  return phase === 'owned' ? 'accepted' : phase === 'closed' ? 'done' : 'open';
}
