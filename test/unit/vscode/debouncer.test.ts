import assert from 'node:assert/strict';
import { Debouncer } from '../../../src/vscode/diagnostics/debouncer';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Debouncer (the per-document typing delay)', () => {
  it('runs only the last action scheduled for a key, and forgets the key afterwards', async () => {
    const debouncer = new Debouncer(1);
    const ran: string[] = [];
    debouncer.schedule('a', () => ran.push('first'));
    debouncer.schedule('a', () => ran.push('second'));
    debouncer.schedule('b', () => ran.push('other'));
    assert.equal(debouncer.size, 2);
    await tick(20);
    assert.deepEqual(ran.sort(), ['other', 'second']);
    assert.equal(debouncer.size, 0);
  });

  it('cancel drops the waiting action and leaves nothing behind (a closed document)', async () => {
    const debouncer = new Debouncer(1);
    let ran = false;
    debouncer.schedule('closed', () => (ran = true));
    debouncer.cancel('closed');
    assert.equal(debouncer.size, 0);
    await tick(20);
    assert.equal(ran, false);
  });

  it('dispose drops every waiting action', async () => {
    const debouncer = new Debouncer(1);
    let ran = 0;
    debouncer.schedule('a', () => ran++);
    debouncer.schedule('b', () => ran++);
    debouncer.dispose();
    await tick(20);
    assert.equal(ran, 0);
    assert.equal(debouncer.size, 0);
  });
});
