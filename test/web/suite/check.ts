// The few assertions the web tests need. The npm `assert` polyfill would need a `process` shim in
// the worker; these compare plain data, so JSON is enough.
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function deepEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual, null, 1);
  const e = JSON.stringify(expected, null, 1);
  if (a !== e) throw new Error(`${what} differ:\n  actual:   ${a}\n  expected: ${e}`);
}
