// Shrinks a failing document while it keeps failing the same check: delta debugging (ddmin) over
// lines, then over UTF-16 code units (so lone surrogates survive), until a deadline.

export async function minimize(text: string, stillFails: (candidate: string) => Promise<boolean>, deadline: number): Promise<string> {
  let current = text;
  for (const split of [splitKeepingBreaks, (t: string) => t.split('')]) {
    let units = split(current);
    let parts = 2;
    while (units.length >= 2 && Date.now() < deadline) {
      const chunk = Math.ceil(units.length / parts);
      let reduced = false;
      for (let start = 0; start < units.length && Date.now() < deadline; start += chunk) {
        const candidate = [...units.slice(0, start), ...units.slice(start + chunk)];
        if (await stillFails(candidate.join(''))) {
          units = candidate;
          parts = Math.max(parts - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (parts >= units.length) break;
        parts = Math.min(parts * 2, units.length);
      }
    }
    current = units.join('');
  }
  return current;
}

/** Lines with their line breaks (`\r\n`, `\r` or `\n`) attached, so joining gives the text back. */
function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
