// Event-based waiting for integration tests: resolve when an event satisfies a condition, never sleep.
import * as vscode from 'vscode';

/**
 * Resolves with the first value `check` returns other than undefined, checking right away and
 * then after every `event`. Rejects after `timeoutMs`, naming `what` it waited for.
 */
export function waitFor<E, T>(
  event: vscode.Event<E>,
  check: (e?: E) => T | undefined,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const settle = (e?: E): boolean => {
      try {
        const value = check(e);
        if (value === undefined) return false;
        resolve(value);
      } catch (err) {
        reject(err);
      }
      sub?.dispose();
      clearTimeout(timer);
      return true;
    };
    if (settle()) return;
    sub = event((e) => void settle(e));
    timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

/** Waits until `uri` has at least one diagnostic from `source` and returns those. */
export function waitForDiagnostics(uri: vscode.Uri, source: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
      return found.length > 0 ? found : undefined;
    },
    `'${source}' diagnostics on ${uri.toString()}`,
    timeoutMs,
  );
}
