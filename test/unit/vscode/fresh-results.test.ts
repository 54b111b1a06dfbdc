// The stale-diagnostics guard, driven through the interleavings the editor produces: a lint waits
// for its config while the user edits, closes the document, or the config changes.
import assert from 'node:assert/strict';
import { FreshResults } from '../../../src/vscode/diagnostics/fresh-results';

/** A lint whose config read the test finishes when it chooses. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('FreshResults (stale diagnostics are never published)', () => {
  it('publishes a lint of the version still in the editor', async () => {
    const guard = new FreshResults();
    const published: string[] = [];
    assert.equal(await guard.publishIfCurrent({ version: 1, isClosed: false }, async () => 'v1', (r) => published.push(r)), true);
    assert.deepEqual(published, ['v1']);
  });

  it('drops a slow lint of version 1 that ends after version 2’s: the last result shown is version 2’s', async () => {
    const guard = new FreshResults();
    const document = { version: 1, isClosed: false };
    const published: string[] = [];
    const slow = deferred<string>();
    const first = guard.publishIfCurrent(document, () => slow.promise, (r) => published.push(r));
    document.version = 2; // the user typed while the config was read
    const second = guard.publishIfCurrent(document, async () => 'v2', (r) => published.push(r));
    assert.equal(await second, true);
    slow.resolve('v1');
    assert.equal(await first, false);
    assert.deepEqual(published, ['v2']);
  });

  it('drops a lint of version 1 when an edit comes in before it ends, even with no newer lint yet', async () => {
    const guard = new FreshResults();
    const document = { version: 1, isClosed: false };
    const published: string[] = [];
    const lint = deferred<string>();
    const run = guard.publishIfCurrent(document, () => lint.promise, (r) => published.push(r));
    document.version = 2;
    lint.resolve('v1');
    assert.equal(await run, false);
    assert.deepEqual(published, []);
  });

  it('drops the result for a document closed while it was linted', async () => {
    const guard = new FreshResults();
    const document = { version: 1, isClosed: false };
    const lint = deferred<string>();
    const published: string[] = [];
    const run = guard.publishIfCurrent(document, () => lint.promise, (r) => published.push(r));
    document.isClosed = true;
    lint.resolve('v1');
    assert.equal(await run, false);
    assert.deepEqual(published, []);
  });

  it('drops a lint started before a reset (a config change), and publishes the one after it', async () => {
    const guard = new FreshResults();
    const document = { version: 1, isClosed: false };
    const published: string[] = [];
    const before = deferred<string>();
    const old = guard.publishIfCurrent(document, () => before.promise, (r) => published.push(r));
    guard.invalidate();
    const current = guard.publishIfCurrent(document, async () => 'new config', (r) => published.push(r));
    before.resolve('old config');
    assert.deepEqual([await old, await current], [false, true]);
    assert.deepEqual(published, ['new config']);
  });
});
