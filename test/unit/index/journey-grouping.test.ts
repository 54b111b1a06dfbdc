// The tree's journey grouping: one group per journey, stages in follows order, the filter picking
// whole journeys, lone handoffs under "No journey"; and the days a stage has taken.
import assert from 'node:assert/strict';
import { daysInStage, defaultConfig, filterHandoffs, groupHandoffs, HandoffIndex, NO_JOURNEY, type IndexedHandoff } from '../../../src/core/index';

const TODAY = '2026-11-25';

function handoff(fields: Record<string, string>): string {
  return ['---', 'handoff: generic', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', '## Summary', 'text', ''].join('\n');
}

function entries(files: Record<string, string>): IndexedHandoff[] {
  const index = new HandoffIndex();
  for (const [path, text] of Object.entries(files)) index.update(path, text, '1', { config: defaultConfig(), today: TODAY });
  return index.all();
}

const FILES = {
  // Bakery: written out of path order, linked by follows; the lead names the journey.
  '/r/bakery/c-support.md': handoff({ title: 'Support', status: 'open', to: 'Support', created: '2026-11-20', follows: './b-onboarding.md' }),
  '/r/bakery/b-onboarding.md': handoff({ title: 'Onboarding', status: 'done', to: 'Customer Success', created: '2026-09-25', done_at: '2026-10-30', follows: './a-lead.md' }),
  '/r/bakery/a-lead.md': handoff({ title: 'Lead', status: 'done', to: 'Sales', created: '2026-09-08', done_at: '2026-09-25', journey: 'Aldergrove Bakery' }),
  // Clinic: complete, named after its first handoff's title.
  '/r/clinic/1.md': handoff({ title: 'Clinic design', status: 'done', created: '2026-08-17', done_at: '2026-09-18' }),
  '/r/clinic/2.md': handoff({ title: 'Clinic site', status: 'done', created: '2026-09-18', follows: './1.md' }),
  // Two lone handoffs, one open and one done.
  '/r/lone-open.md': handoff({ title: 'Lone open', status: 'open', due: '2026-12-01' }),
  '/r/lone-done.md': handoff({ title: 'Lone done', status: 'done' }),
};

const shape = (groups: ReturnType<typeof groupHandoffs>) => groups.map((g) => [g.label, g.items.map((e) => e.summary.title)]);

describe('grouping by journey', () => {
  const all = entries(FILES);

  it('makes one group per journey, its stages in follows order, lone handoffs last under No journey', () => {
    const groups = groupHandoffs(all, 'journey', TODAY);
    assert.deepEqual(shape(groups), [
      ['Aldergrove Bakery', ['Lead', 'Onboarding', 'Support']],
      ['Clinic design', ['Clinic design', 'Clinic site']],
      [NO_JOURNEY, ['Lone open', 'Lone done']],
    ]);
    assert.deepEqual(groups.map((g) => g.journey ?? false), [true, true, false]);
    assert.equal(new Set(groups.map((g) => g.key)).size, groups.length);
  });

  it('the filter picks whole journeys: a journey with an open stage shows all its stages', () => {
    const open = filterHandoffs(all, 'open', undefined);
    assert.deepEqual(shape(groupHandoffs(open, 'journey', TODAY, [], all)), [
      ['Aldergrove Bakery', ['Lead', 'Onboarding', 'Support']],
      [NO_JOURNEY, ['Lone open']],
    ]);
    assert.deepEqual(shape(groupHandoffs([], 'journey', TODAY, [], all)), []);
  });

  it('keeps two journeys of the same name apart', () => {
    const twins = entries({
      '/r/x/a.md': handoff({ title: 'A', journey: 'Same' }),
      '/r/y/a.md': handoff({ title: 'B', journey: 'Same' }),
    });
    const groups = groupHandoffs(twins, 'journey', TODAY);
    assert.deepEqual(shape(groups), [['Same', ['A']], ['Same', ['B']]]);
    assert.notEqual(groups[0]!.key, groups[1]!.key);
  });

  it('counts days in stage from created to done_at once closed, to today while open', () => {
    const stage = (title: string) => daysInStage(all.find((e) => e.summary.title === title)!.summary, TODAY);
    assert.equal(stage('Onboarding'), 35);
    assert.equal(stage('Support'), 5);
    assert.equal(stage('Clinic site'), undefined, 'done without done_at: unknown');
    assert.equal(stage('Lone open'), undefined, 'no created date: unknown');
  });
});
