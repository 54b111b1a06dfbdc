import assert from 'node:assert/strict';
import { defaultConfig, filterHandoffs, groupHandoffs, HandoffIndex, isMe, awaitingMe, dueBucket, allStatuses, DEFAULT_STATUSES } from '../../../src/core/index';
import { TODAY } from '../../generators/today';

const options = { config: defaultConfig(), today: TODAY };

function handoff(fields: Record<string, string>, body = '## Summary\ntext\n'): string {
  return `---\nhandoff: generic\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
}

function indexOf(files: Record<string, string>): HandoffIndex {
  const index = new HandoffIndex();
  for (const [path, text] of Object.entries(files)) index.update(path, text, '1', options);
  return index;
}

const FILES = {
  '/r/a.md': handoff({ title: 'A', status: 'open', to: 'Finance', assignee: 'priya@example.com', due: '2026-02-24' }),
  '/r/b.md': handoff({ title: 'B', status: 'accepted', to: 'Support', assignee: 'Sam <sam@example.com>', due: '2026-03-04' }),
  '/r/c.md': handoff({ title: 'C', status: 'done', to: 'Finance', assignee: 'priya@example.com', due: '2026-02-05' }),
  '/r/d.md': handoff({ title: 'D', status: 'draft', owner: 'priya@example.com' }),
  '/r/notes.md': '# Just notes\n',
};

describe('HandoffIndex', () => {
  it('indexes handoffs only, with summaries and lint issues', () => {
    const index = indexOf(FILES);
    assert.deepEqual(index.all().map((e) => e.path), ['/r/a.md', '/r/b.md', '/r/c.md', '/r/d.md']);
    const a = index.get('/r/a.md')!;
    assert.equal(a.summary.overdue, true);
    assert.ok(a.issues.some((i) => i.ruleId === 'overdue'));
    assert.equal(a.excerpt, 'text');
  });

  it('updates one file at a time on create, change, delete and rename, telling listeners which path changed', () => {
    const index = indexOf(FILES);
    const changes: (readonly string[] | undefined)[] = [];
    index.onDidChange((paths) => changes.push(paths));
    index.update('/r/e.md', handoff({ title: 'E', status: 'open' }), '1', options); // create
    index.update('/r/a.md', handoff({ title: 'A2', status: 'done' }), '2', options); // change
    index.delete('/r/b.md'); // delete
    index.delete('/r/d.md'); // rename = delete + create
    index.update('/r/moved/d.md', FILES['/r/d.md'], '1', options);
    index.update('/r/c.md', '# no longer a handoff\n', '2', options); // stops being a handoff
    assert.deepEqual(changes, [['/r/e.md'], ['/r/a.md'], ['/r/b.md'], ['/r/d.md'], ['/r/moved/d.md'], ['/r/c.md']]);
    assert.deepEqual(index.all().map((e) => [e.path, e.summary.title]), [['/r/a.md', 'A2'], ['/r/e.md', 'E'], ['/r/moved/d.md', 'D']]);
    assert.equal(index.isCurrent('/r/a.md', '2'), true);
    assert.equal(index.isCurrent('/r/a.md', '1'), false);
  });

  it('remembers which file versions are not handoffs, so a rescan need not read them again', () => {
    const index = indexOf(FILES);
    assert.equal(index.isCurrent('/r/notes.md', '1'), true);
    assert.equal(index.isCurrent('/r/notes.md', '2'), false);
    assert.deepEqual(index.notHandoffs(), [['/r/notes.md', '1']]);

    // Restored from a cache, then the file becomes a handoff.
    const restored = new HandoffIndex();
    for (const [path, version] of index.notHandoffs()) restored.setNotHandoff(path, version);
    assert.equal(restored.isCurrent('/r/notes.md', '1'), true);
    restored.update('/r/notes.md', handoff({ title: 'Now one' }), '2', options);
    assert.deepEqual(restored.notHandoffs(), []);
    assert.equal(restored.get('/r/notes.md')!.summary.title, 'Now one');

    // Deleted or no longer found: forgotten, handoff or not.
    index.delete('/r/notes.md');
    assert.equal(index.isCurrent('/r/notes.md', '1'), false);
    index.update('/r/other.md', '# notes\n', '1', options);
    index.retain((path) => path !== '/r/other.md' && path !== '/r/a.md');
    assert.deepEqual(index.notHandoffs(), []);
    assert.deepEqual(index.all().map((e) => e.path), ['/r/b.md', '/r/c.md', '/r/d.md']);
  });

  it('indexes a batch (a scan) and a cache with one change event each', () => {
    const index = new HandoffIndex();
    const changes: (readonly string[] | undefined)[] = [];
    index.onDidChange((paths) => changes.push(paths));
    index.updateAll(Object.entries(FILES).map(([path, text]) => ({ path, text, version: '1', options })));
    assert.deepEqual([...changes], [['/r/a.md', '/r/b.md', '/r/c.md', '/r/d.md']]); // notes.md is no handoff: no change
    const restored = new HandoffIndex();
    restored.onDidChange((paths) => changes.push(paths));
    restored.setAll(index.all());
    assert.deepEqual(changes[1], ['/r/a.md', '/r/b.md', '/r/c.md', '/r/d.md']);
    assert.deepEqual(restored.all(), index.all());
    index.updateAll([]);
    assert.equal(changes.length, 2, 'an empty batch changes nothing');
    // A deleted folder: everything under it goes, with one change event.
    restored.retain((path) => !path.startsWith('/r/') || path === '/r/a.md');
    assert.deepEqual(changes[2], ['/r/b.md', '/r/c.md', '/r/d.md']);
    assert.deepEqual(restored.all().map((e) => e.path), ['/r/a.md']);
  });

  it('answers all() sorted and current after every change, whatever a caller does with the last answer', () => {
    const index = indexOf(FILES);
    index.all().reverse();
    assert.deepEqual(index.all().map((e) => e.path), ['/r/a.md', '/r/b.md', '/r/c.md', '/r/d.md']);
    index.update('/r/0.md', handoff({ title: 'Zero', status: 'open' }), '1', options);
    index.delete('/r/c.md');
    assert.deepEqual(index.all().map((e) => e.path), ['/r/0.md', '/r/a.md', '/r/b.md', '/r/d.md']);
  });

  it('keeps the front-matter-not-first hint of Markdown meant as a handoff, which is no entry and is read again on a warm start', () => {
    const index = indexOf(FILES);
    const changes: (readonly string[] | undefined)[] = [];
    index.onDidChange((paths) => changes.push(paths));
    index.update('/r/blank.md', `\n\n${handoff({ title: 'Blank', status: 'open' })}`, '1', options);
    assert.deepEqual([...changes], [['/r/blank.md']]);
    assert.equal(index.get('/r/blank.md'), undefined);
    assert.deepEqual(index.issuesOf('/r/blank.md')!.map((i) => [i.ruleId, i.range.start.line]), [['front-matter-not-first', 2]]);
    assert.deepEqual(index.hinted(), ['/r/blank.md']);
    assert.deepEqual(index.notHandoffs(), [['/r/notes.md', '1']]);
    assert.equal(index.issuesOf('/r/notes.md'), undefined);
    assert.equal(index.issuesOf('/r/a.md'), index.get('/r/a.md')!.issues);
    // Fixed: a handoff now, the hint is gone.
    index.update('/r/blank.md', handoff({ title: 'Blank', status: 'open' }), '2', options);
    assert.ok(!index.issuesOf('/r/blank.md')!.some((i) => i.ruleId === 'front-matter-not-first'));
    assert.deepEqual(index.hinted(), []);
    // Deleted and forgotten, as a hint too.
    index.update('/r/blank.md', `\n${handoff({ title: 'Blank', status: 'open' })}`, '3', options);
    index.delete('/r/blank.md');
    assert.equal(index.issuesOf('/r/blank.md'), undefined);
    assert.deepEqual(changes.at(-1), ['/r/blank.md']);
  });
});

describe('grouping and filtering', () => {
  const entries = indexOf(FILES).all();

  it('filters open (default), all, and assigned to me', () => {
    assert.deepEqual(filterHandoffs(entries, 'open', undefined).map((e) => e.summary.title), ['A', 'B', 'D']);
    assert.equal(filterHandoffs(entries, 'all', undefined).length, 4);
    assert.deepEqual(filterHandoffs(entries, 'mine', 'Priya@Example.com').map((e) => e.summary.title), ['A', 'D']);
    assert.deepEqual(filterHandoffs(entries, 'mine', undefined), []);
  });

  it('groups by status in configured order, receiver, assignee, type and due bucket', () => {
    const label = (by: Parameters<typeof groupHandoffs>[1]) => groupHandoffs(entries, by, TODAY, allStatuses(DEFAULT_STATUSES)).map((g) => [g.label, g.items.map((e) => e.summary.title)]);
    assert.deepEqual(label('status'), [['draft', ['D']], ['open', ['A']], ['accepted', ['B']], ['done', ['C']]]);
    assert.deepEqual(label('receiver'), [['Finance', ['C', 'A']], ['No receiving team', ['D']], ['Support', ['B']]]);
    assert.deepEqual(label('due'), [['Overdue', ['A']], ['This week', ['B']], ['No date', ['D']], ['Closed', ['C']]]);
    assert.deepEqual(label('type'), [['generic', ['C', 'A', 'B', 'D']]]);
    assert.equal(label('assignee').length, 3);
  });

  it('puts due dates in buckets, invalid dates in No date', () => {
    assert.equal(dueBucket('2026-02-28', TODAY), 'Overdue');
    assert.equal(dueBucket('2026-03-08', TODAY), 'This week');
    assert.equal(dueBucket('2026-03-09', TODAY), 'Later');
    assert.equal(dueBucket('2026-02-30', TODAY), 'No date');
    assert.equal(dueBucket(undefined, TODAY), 'No date');
  });

  it('detects me by email or name, in either Name <email> direction', () => {
    assert.equal(isMe('Sam <sam@example.com>', 'sam@example.com'), true);
    assert.equal(isMe('sam@example.com', 'Sam <SAM@example.com>'), true);
    assert.equal(isMe('Sam', 'Sam <sam@example.com>'), true);
    assert.equal(isMe('samantha@example.com', 'sam@example.com'), false);
    assert.equal(isMe(undefined, 'sam@example.com'), false);
    assert.equal(awaitingMe(entries, 'priya@example.com'), 1);
  });
});
