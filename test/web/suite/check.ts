// The few assertions the web tests need. The npm `assert` polyfill would need a `process` shim in
// the worker; these compare plain data, so JSON is enough.
import type * as vscode from 'vscode';
import { waitFor as waitForEvent } from '../../integration/wait-for';

/** A minute: only to catch hangs. Two workbenches on a busy 2-core machine take many seconds per step. */
const WAIT_MS = 60_000;

/** The integration tests' event-based waitFor, with that budget. */
export function waitFor<E, T>(event: vscode.Event<E>, check: (e?: E) => T | undefined, what: string): Promise<T> {
  return waitForEvent(event, check, what, WAIT_MS);
}
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function deepEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual, null, 1);
  const e = JSON.stringify(expected, null, 1);
  if (a !== e) throw new Error(`${what} differ:\n  actual:   ${a}\n  expected: ${e}`);
}
