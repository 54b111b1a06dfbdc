import assert from 'node:assert/strict';
import { assistContext, defaultConfig, hoverText, readHeader, suggestions } from '../../../src/core/index';

const TEXT = ['---', 'handoff: sales-to-support', 'title: Harbor Dental', 'status: ', 'to: ', 'due: ', 'ow', '---', '## Customer', ''].join('\n');
const config = defaultConfig();
const known = { teams: ['Support', 'Field Ops'], people: ['sofia@example.com', 'dana@example.com'] };
const doc = readHeader(TEXT);
const at = (line: number, character: number) => assistContext(doc, { line, character })!;
const labels = (line: number, character: number) => suggestions(doc, at(line, character), config, known, '2026-11-25').map((s) => s.label);

describe('front-matter completion and hover', () => {
  it('offers the configured statuses after `status:`', () => {
    assert.deepEqual(labels(3, 8), ['draft', 'open', 'accepted', 'returned', 'done', 'cancelled']);
  });

  it('offers teams seen in the workspace and the config after `to:`', () => {
    const teams = labels(4, 4);
    assert.ok(teams.includes('Field Ops') && teams.includes('Support') && teams.includes('Customer Success'));
    assert.equal(new Set(teams).size, teams.length);
  });

  it('offers dates from today after `due:`', () => {
    assert.deepEqual(labels(5, 5).slice(0, 3), ['2026-11-25', '2026-11-26', '2026-11-28']);
  });

  it('offers the keys the type requires that are not there yet, for a key prefix', () => {
    const ctx = at(6, 2);
    assert.deepEqual(ctx, { kind: 'key', prefix: 'ow' });
    const keys = suggestions(doc, ctx, config, known, '2026-11-25');
    assert.ok(keys.some((k) => k.label === 'owner' && k.detail === 'required by sales-to-support'));
    assert.ok(!keys.some((k) => k.label === 'title'));
  });

  it('offers type ids after `handoff:`', () => {
    const d = readHeader('---\nhandoff: \n---\n');
    const ids = suggestions(d, assistContext(d, { line: 1, character: 9 })!, config, known, '2026-11-25').map((s) => s.label);
    assert.ok(ids.includes('maintenance-request') && ids.includes('generic'));
  });

  it('offers nothing outside the front-matter', () => {
    assert.equal(assistContext(doc, { line: 8, character: 3 }), undefined);
  });

  it('knows only its own fields: constructor, __proto__ and toString are custom fields', () => {
    const custom = readHeader('---\nhandoff: generic\nconstructor: x\n__proto__: y\ntoString: z\n---\n');
    for (const [line, key] of [[2, 'constructor'], [3, '__proto__'], [4, 'toString']] as const) {
      assert.equal(hoverText(custom, { line, character: 1 }, config), `**${key}**: a custom field, kept as it is.`);
    }
  });

  it('explains a key, and lists the required sections on the type id', () => {
    assert.match(hoverText(doc, { line: 2, character: 2 }, config)!, /^\*\*title\*\*: What is being handed off\. Required by `sales-to-support`/);
    const typeHover = hoverText(doc, { line: 1, character: 12 }, config)!;
    assert.match(typeHover, /Required sections:/);
    for (const s of config.types.get('sales-to-support')!.sections) assert.ok(typeHover.includes(s.name), s.name);
  });
});
