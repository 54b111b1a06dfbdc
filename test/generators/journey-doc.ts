// Stages of a journey: the clean handoff of handoff-doc.ts with the journey's fields (`created`,
// the status stamps, `follows`, `journey`) in its front-matter. Pure text, like handoff-doc.ts.
import { handoffDoc, type DocOptions } from './handoff-doc';

export interface StageOptions extends DocOptions {
  readonly created?: string;
  readonly acceptedAt?: string;
  readonly doneAt?: string;
  /** Paths of the handoffs it continues, relative to it. */
  readonly follows?: string | readonly string[];
  readonly journey?: string;
}

export function journeyStage(options: StageOptions = {}): string {
  const follows = options.follows === undefined ? [] : typeof options.follows === 'string' ? [`follows: ${options.follows}`] : ['follows:', ...options.follows.map((f) => `  - ${f}`)];
  const fields = [
    ...(options.created ? [`created: ${options.created}`] : []),
    ...(options.acceptedAt ? [`accepted_at: ${options.acceptedAt}`] : []),
    ...(options.doneAt ? [`done_at: ${options.doneAt}`] : []),
    ...(options.journey ? [`journey: ${options.journey}`] : []),
    ...follows,
  ];
  const text = handoffDoc(options);
  const end = text.indexOf('\n---\n');
  return `${text.slice(0, end)}\n${fields.join('\n')}${text.slice(end)}`.replace('\n\n---\n', '\n---\n');
}
