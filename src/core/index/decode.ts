// Bytes → text for Markdown files: binary detection and lenient UTF-8 decoding.

// The core compiles without DOM or Node typings; TextDecoder is a global in every runtime we support.
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label: 'utf-8', options?: { fatal?: boolean; ignoreBOM?: boolean }) => Utf8Decoder;

/** How much of a file is searched for NUL bytes to decide it is binary (as git and grep do). */
export const BINARY_SNIFF_BYTES = 8192;

export type Decoded =
  | { readonly binary: false; readonly text: string; readonly invalidUtf8: boolean }
  | { readonly binary: true };

let strict: Utf8Decoder | undefined;
let lenient: Utf8Decoder | undefined;

/**
 * Decodes a Markdown file. A NUL byte in the first 8 KB means binary (or UTF-16, which handoff
 * files never are). Invalid UTF-8 does not fail: bad bytes become U+FFFD and `invalidUtf8` says so.
 * A byte-order mark is kept in the text (readHeader strips and records it).
 */
export function decodeMarkdown(bytes: Uint8Array): Decoded {
  if (isBinary(bytes)) return { binary: true };
  strict ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { binary: false, text: strict.decode(bytes), invalidUtf8: false };
  } catch {
    lenient ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
    return { binary: false, text: lenient.decode(bytes), invalidUtf8: true };
  }
}

/** A NUL byte in the first 8 KB. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES)).indexOf(0) !== -1;
}

/** `1.5 MB`, `812 KB`, `96 bytes`: sizes in skip messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
