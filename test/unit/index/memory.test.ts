// Index entries must not keep the files' texts alive: a field value or a lint message is built from
// slices of the text, and the JavaScript engine keeps a slice's parent string for as long as the
// slice lives. Measured with a real collection: the texts here are 100 KB each.
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { defaultConfig, indexText, readHeader, summarizeHeader } from '../../../src/core/index';
import { TODAY } from '../../generators/today';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const COUNT = 200;
const PADDING = 'x'.repeat(100_000);

function text(i: number): string {
  // 13 to 15 characters: the lengths the engine slices but the old copy check let through.
  return [
    '---',
    'handoff: design-to-manufacturing',
    `title: Widget run ${String(i).padStart(4, '0')}`,
    'status: open',
    'from: Design',
    'to: Manufacturing',
    `owner: ops${i}@acme.io`,
    '---',
    `# Widget run ${i}`,
    '',
    '## Design package',
    '',
    `<!-- ${PADDING}${i} -->`,
    'Drawings rev C.',
    '',
  ].join('\n');
}

function heldMegabytes(build: (text: string) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held: unknown[] = [];
  for (let i = 0; i < COUNT; i++) held.push(build(text(i)));
  gc();
  const after = process.memoryUsage().heapUsed;
  assert.equal(held.length, COUNT);
  return (after - before) / 1e6;
}

describe('index memory', () => {
  it('summaries do not keep the texts alive (20 MB of texts)', () => {
    const config = defaultConfig();
    const mb = heldMegabytes((t) => summarizeHeader(readHeader(t), config, TODAY));
    assert.ok(mb < 4, `${COUNT} summaries hold ${mb.toFixed(1)} MB`);
  });

  it('index entries (summary, lint issues, excerpt) do not keep the texts alive', () => {
    const config = defaultConfig();
    const mb = heldMegabytes((t) => indexText('/r/h.md', t, '1', { config, today: TODAY }));
    assert.ok(mb < 8, `${COUNT} index entries hold ${mb.toFixed(1)} MB`);
  });
});
