// The index cache file in the real host: the adapter's own WorkspaceIndex over the examples
// workspace, with the cache in a temporary folder standing in for `context.storageUri`. A second
// WorkspaceIndex on the same folder is a second activation.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ConfigStore } from '../../src/vscode/config-store';
import { IndexCacheFile, INDEX_CACHE_VERSION } from '../../src/vscode/index-cache-file';
import { WorkspaceFiles } from '../../src/vscode/workspace-files';
import { WorkspaceIndex } from '../../src/vscode/workspace-index';
import { activateHandoff } from './handoff';

/** The log lines a run wrote, for the "ignored" line. */
function recordingLog(lines: string[]): vscode.LogOutputChannel {
  const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return new Proxy({} as vscode.LogOutputChannel, { get: () => record });
}

/** Files whose reads are counted: a reused entry is never read. */
class CountingFiles extends WorkspaceFiles {
  reads = 0;
  override read(uri: vscode.Uri): ReturnType<WorkspaceFiles['read']> {
    this.reads++;
    return super.read(uri);
  }
}

describe('index cache file', () => {
  let folder: string;
  const cacheFile = () => path.join(folder, 'index-cache.json');

  /** One activation: a fresh index with the cache, scanned once. */
  async function activation(): Promise<{ titles: string[]; reads: number; log: string[] }> {
    const log: string[] = [];
    const files = new CountingFiles(recordingLog(log));
    const configs = new ConfigStore();
    const index = new WorkspaceIndex(files, configs, new IndexCacheFile(vscode.Uri.file(folder), recordingLog(log)));
    try {
      await configs.ready;
      await index.rescan({ reuse: true });
      return { titles: index.index.all().map((e) => e.summary.title ?? '').sort(), reads: files.reads, log };
    } finally {
      index.dispose();
      configs.dispose();
      files.dispose();
    }
  }

  before(async () => {
    await activateHandoff();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-cache-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is written by the first scan, and a second activation reads no file from it', async () => {
    const first = await activation();
    assert.ok(first.titles.length >= 10, `only ${first.titles.length} handoffs indexed`);
    assert.ok(first.reads >= first.titles.length, `${first.reads} reads for ${first.titles.length} handoffs`);
    const written = JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as { version: number; entries: unknown[] };
    assert.strictEqual(written.version, INDEX_CACHE_VERSION);
    assert.strictEqual(written.entries.length, first.titles.length);

    const second = await activation();
    assert.deepStrictEqual(second.titles, first.titles);
    assert.strictEqual(second.reads, 0, 'the warm start re-read unchanged files');
    assert.deepStrictEqual(second.log, []);
  });

  /** Each spoils the cache the last scan wrote (valid for today and this config) in one way. */
  const spoilers: [string, (valid: string) => string][] = [
    ['not JSON (a torn write)', (valid) => valid.slice(0, valid.length >> 1)],
    ['from an older version', (valid) => JSON.stringify({ ...JSON.parse(valid), version: INDEX_CACHE_VERSION - 1 })],
    ['holding malformed entries', (valid) => JSON.stringify({ ...JSON.parse(valid), entries: [null, 7], others: [[1]] })],
  ];
  for (const [what, spoil] of spoilers) {
    it(`is ignored with a line in the log when it is ${what}, and rewritten`, async () => {
      const reference = await activation();
      fs.writeFileSync(cacheFile(), spoil(fs.readFileSync(cacheFile(), 'utf8')));
      const run = await activation();
      assert.deepStrictEqual(run.titles, reference.titles);
      assert.ok(run.reads >= run.titles.length, `${run.reads} reads: the bad cache was used`);
      assert.ok(run.log.some((l) => /index cache .* ignored/i.test(l)), run.log.join('\n'));
      assert.strictEqual((JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as { version: number }).version, INDEX_CACHE_VERSION);
    });
  }
});
