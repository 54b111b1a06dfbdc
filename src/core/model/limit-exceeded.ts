// What a parser reports when a document goes past one of its limits (parse/limits.ts).

/** A limit a document went past: where, and a message that names the limit. */
export interface LimitExceeded {
  /** What could not be read because of it. */
  readonly part: 'front-matter' | 'body';
  readonly message: string;
  /** Offsets in the document text (after any byte-order mark). */
  readonly start: number;
  readonly end: number;
}
