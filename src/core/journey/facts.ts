// What the cross-document rules, `handoff graph` and the journey views need of one handoff: small,
// plain data (it crosses worker threads and sits in the editor's index cache), no text kept.
import type { SeveritySetting } from '../config/types';
import type { Range } from '../model/text';
import type { LinkRef } from './links';
import type { JourneyPhase } from './phase';

/** Days a handoff's successor may take to appear when the type sets no `next_within_days`. */
export const DEFAULT_NEXT_WITHIN_DAYS = 5;

export interface JourneyFacts {
  /** Absolute '/'-separated path: links resolve against it. */
  readonly file: string;
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly status: string | undefined;
  readonly phase: JourneyPhase;
  /** The `journey:` field: the journey's name when one of its handoffs sets it. */
  readonly journey: string | undefined;
  /** Dates (YYYY-MM-DD, the date part of a date-time) as written, or undefined. */
  readonly created: string | undefined;
  readonly acceptedAt: string | undefined;
  readonly doneAt: string | undefined;
  readonly follows: readonly LinkRef[];
  readonly links: readonly LinkRef[];
  /** The type's `next` and `next_within_days` under the file's config. */
  readonly next: readonly string[];
  readonly nextWithinDays: number;
  /** Where a problem about the handoff as a whole goes: its `status` value, else its `handoff:` key. */
  readonly anchor: Range;
  /** Each cross-document rule's severity for this file: its config, settings and disable comments. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}
