// What reaches a terminal from file content: control characters made visible (an ESC sequence
// in a title must not recolour, move the cursor or retitle the window), and colours on request.

// C0 controls but tab and newline, DEL, and C1 controls (U+0080–U+009F; U+009B is a one-character CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces each control character with its visible escape: ESC → `\x1b`, U+009B → `\x9b`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const ANSI: Colors = { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22) };

const same = (text: string) => text;
export const PLAIN: Colors = { red: same, yellow: same, cyan: same, green: same, dim: same, bold: same };

/**
 * `--color` / `--no-color` win; otherwise colours when the output is a terminal and neither
 * NO_COLOR (https://no-color.org: any non-empty value) nor TERM=dumb says otherwise.
 */
export function useColors(option: boolean | undefined, isTerminal: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (option !== undefined) return option;
  return isTerminal && !env.NO_COLOR && env.TERM !== 'dumb';
}
