// Where a handoff stands for the journey rules. The one place that maps statuses to phases: when
// the config model gains lifecycle phases (draft/waiting/owned/closed, abandoned), only this changes.
import { isClosedStatus, type HandoffConfig } from '../config/types';

/** `accepted`: the receiving team took it; `done`: closed as finished; `cancelled`: abandoned. */
export type JourneyPhase = 'open' | 'accepted' | 'done' | 'cancelled';

export function journeyPhase(status: string | undefined, config: HandoffConfig): JourneyPhase {
  if (status === 'cancelled') return 'cancelled';
  if (status === 'accepted') return 'accepted';
  return isClosedStatus(config, status) ? 'done' : 'open';
}
