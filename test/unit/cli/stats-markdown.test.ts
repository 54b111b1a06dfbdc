import assert from 'node:assert/strict';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

describe('handoff stats --format markdown (hostile names)', () => {
  it('keeps file names with line breaks and pipes, team mentions and HTML inside their table cells', async () => {
    const doc = handoffDoc({ due: '2026-01-01', title: 'Fix <b>it</b> & more' })
      .replace('from: Finance', 'from: "@acme/security"')
      .replace('to: Strategy', 'to: "A|B\\n## Injected"');
    const run = await runInMemory(['stats', '--format', 'markdown', '--no-git'], { 'handoffs/x\n## Pwned |`.md': doc });
    assert.equal(run.code, 0, run.stderr);
    const headings = run.stdout.split('\n').filter((line) => line.startsWith('#'));
    assert.ok(headings.every((h) => /^#{2,3} [A-Z]/.test(h) && !/Pwned|Injected/.test(h)), headings.join('\n'));
    assert.ok(!run.stdout.includes('@acme'), 'no mention GitHub would notify');
    assert.match(run.stdout, /@\u2060acme\/security → A\\\|B \\#\\# Injected/);
    assert.match(run.stdout, /Fix \\<b\\>it\\<\/b\\> \\& more/);
    assert.match(run.stdout, /`handoffs\/x ## Pwned \\\|'\.md`/);
    // Every table row keeps its column count: no cell was split by a `|`.
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      assert.ok(cells >= 3, line);
    }
  });
});
