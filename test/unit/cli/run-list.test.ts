import assert from 'node:assert/strict';
import { displayWidth, truncateToWidth } from '../../../src/cli/display-width';
import { runList, type ListEntry } from '../../../src/cli/run-list';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

const files = {
  'h/open.md': handoffDoc({ title: 'Open one', due: '2026-06-01', checklist: [true, false] }),
  'h/late.md': handoffDoc({ title: 'Late one', due: '2026-01-29', assignee: 'Ann@Example.com' }),
  'h/draft.md': handoffDoc({ title: 'Draft one', status: 'draft', due: '2026-08-31', assignee: 'ann@example.com' }),
  'h/done.md': handoffDoc({ title: 'Done one', status: 'done', due: '2025-10-01', checklist: [true, true] }),
  'h/notes.md': '# Not a handoff\n',
};

async function list(argv: readonly string[]) {
  const run = await runInMemory(argv, files, runList);
  assert.equal(run.code, 0, run.stderr);
  return run;
}

async function titles(argv: readonly string[]): Promise<(string | null)[]> {
  const entries = JSON.parse((await list([...argv, '--format', 'json'])).stdout) as ListEntry[];
  return entries.map((e) => e.title);
}

describe('handoff list', () => {
  it('lists open handoffs by default, earliest due first', async () => {
    assert.deepEqual(await titles([]), ['Late one', 'Open one', 'Draft one']);
  });

  it('includes closed handoffs with --all', async () => {
    assert.deepEqual(await titles(['--all']), ['Done one', 'Late one', 'Open one', 'Draft one']);
  });

  it('filters by --status over all handoffs, closed included', async () => {
    assert.deepEqual(await titles(['--status', 'done']), ['Done one']);
    assert.deepEqual(await titles(['--status', 'draft,done']), ['Done one', 'Draft one']);
  });

  it('filters by --assignee, ignoring case and a leading @', async () => {
    assert.deepEqual(await titles(['--assignee', '@ann@example.com']), ['Late one', 'Draft one']);
  });

  it('filters overdue handoffs with --overdue', async () => {
    assert.deepEqual(await titles(['--overdue']), ['Late one']);
    assert.deepEqual(await titles(['--overdue', '--all']), ['Late one']);
  });

  it('prints the JSON fields, with null for missing values', async () => {
    const run = await runInMemory(['--format', 'json'], { 'a.md': handoffDoc({ checklist: [true, false, false] }).replace('owner: grace@example.com\n', '') }, runList);
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        file: 'a.md',
        type: 'generic',
        title: 'Board report handover',
        status: 'open',
        from: 'Finance',
        to: 'Strategy',
        owner: null,
        assignee: 'tomas@example.com',
        due: '2030-01-31',
        overdue: false,
        checklist: { done: 1, total: 3 },
      },
    ]);
  });

  it('prints an aligned table flagging overdue handoffs, with checklist progress', async () => {
    const lines = (await list([])).stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^TITLE +TYPE +STATUS +FROM → TO +ASSIGNEE +DUE +CHECKLIST +FILE$/);
    assert.match(lines[1]!, /^Late one +generic +open +Finance → Strategy +Ann@Example\.com +2026-01-29 OVERDUE +0\/2 +h\/late\.md$/);
    assert.match(lines[2]!, /^Open one .* 2026-06-01 +1\/2 +h\/open\.md$/);
    const columns = (line: string) => line.indexOf('generic');
    assert.equal(columns(lines[1]!), columns(lines[2]!));
    assert.equal(lines.at(-1), '3 open handoffs, 1 overdue');
  });

  it('says so when nothing matches', async () => {
    assert.equal((await list(['--status', 'cancelled'])).stdout, 'No handoffs match.\n');
    const empty = await runInMemory([], { 'notes.md': '# x\n' }, runList);
    assert.deepEqual([empty.code, empty.stdout], [0, 'No open handoffs.\n']);
  });

  it('notes a --status that is not configured, and exits 2 on bad usage', async () => {
    const run = await list(['--status', 'opne']);
    assert.match(run.stderr, /'opne' is not a configured status/);
    const bad = await runInMemory(['--format', 'sarif'], files, runList);
    assert.deepEqual([bad.code, bad.stderr], [2, "handoff: unexpected --format 'sarif', expected text, json\n"]);
    assert.equal((await runInMemory(['nowhere'], files, runList)).code, 2);
  });
});

describe('handoff list: people, widths, invalid dates (#16)', () => {
  const people = {
    'h/priya.md': handoffDoc({ title: 'To Priya', assignee: 'Priya@Example.com' }),
    'h/named.md': handoffDoc({ title: 'To Priya by name', assignee: 'Priya Shah <priya@example.com>' }),
    'h/other.md': handoffDoc({ title: 'To another Priya', assignee: 'priya@other.org' }),
    'h/priyanka.md': handoffDoc({ title: 'To Priyanka', assignee: 'priyanka@example.com' }),
  };
  const run = (argv: readonly string[], options: { env?: Record<string, string>; git?: string } = {}) =>
    runInMemory([...argv, '--format', 'json'], people, (a, ctx) => runList(a, ctx, { git: async () => options.git }), { env: options.env ?? {} });
  const shown = async (argv: readonly string[], options?: { env?: Record<string, string>; git?: string }) => {
    const result = await run(argv, options);
    assert.equal(result.code, 0, result.stderr);
    return (JSON.parse(result.stdout) as ListEntry[]).map((e) => e.title).sort();
  };

  it('--assignee matches the whole value or the part before the @, case-insensitively, never a prefix', async () => {
    assert.deepEqual(await shown(['--assignee', 'PRIYA']), ['To Priya', 'To Priya by name', 'To another Priya']);
    assert.deepEqual(await shown(['--assignee', '@priya@example.com']), ['To Priya', 'To Priya by name']);
    assert.deepEqual(await shown(['--assignee', 'priya shah']), ['To Priya by name']);
    assert.deepEqual(await shown(['--assignee', 'pri']), []);
  });

  it('--owner matches the sender the same way', async () => {
    assert.deepEqual((await shown(['--owner', 'Grace'])).length, 4);
    assert.deepEqual(await shown(['--owner', 'grace@example.org']), []);
  });

  it('`me` is HANDOFF_ME, else git config user.email, else a usage error', async () => {
    assert.deepEqual(await shown(['--assignee', 'me'], { env: { HANDOFF_ME: 'priya@example.com' }, git: 'someone@else.com\n' }), ['To Priya', 'To Priya by name']);
    assert.deepEqual(await shown(['--assignee', 'me'], { git: 'priyanka@example.com\n' }), ['To Priyanka']);
    assert.deepEqual((await shown(['--owner', 'ME'], { git: 'grace@example.com\n' })).length, 4);
    const unknown = await run(['--assignee', 'me']);
    assert.deepEqual([unknown.code, unknown.stderr], [2, "handoff: 'me' needs HANDOFF_ME or git config user.email to say who you are\n"]);
  });

  it('aligns columns by display width with emoji and CJK titles', async () => {
    const wide = {
      'a.md': handoffDoc({ title: '📋 Launch 🇩🇪 👩‍💻', due: '2026-07-01' }),
      'b.md': handoffDoc({ title: '東京オフィス移転', due: '2026-07-02' }),
      'c.md': handoffDoc({ title: 'Plain', due: '2026-07-03' }),
    };
    const lines = (await runInMemory([], wide, runList)).stdout.split('\n').slice(0, 4);
    const column = (line: string) => displayWidth(line.slice(0, line.indexOf(line === lines[0] ? 'TYPE' : 'generic')));
    assert.deepEqual(lines.map(column), [column(lines[0]!), column(lines[0]!), column(lines[0]!), column(lines[0]!)], lines.join('\n'));
    assert.equal(column(lines[0]!), displayWidth('東京オフィス移転') + 2);
  });

  it('shows a due date that is not a date as invalid', async () => {
    const lines = (await runInMemory([], { 'a.md': handoffDoc({ due: '2026-02-30' }) }, runList)).stdout.split('\n');
    assert.match(lines[1]!, / 2026-02-30 INVALID /);
  });

  it('--help says which statuses count as open', async () => {
    assert.match((await runInMemory(['--help'], {}, runList)).stdout, /Open means any status the config does not list as closed: by default\ndraft, open, accepted and returned are open, done and cancelled are closed\./);
  });
});

describe('displayWidth', () => {
  it('counts emoji and East Asian wide characters as two columns, marks and joiners as none', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('東京'), 4);
    assert.equal(displayWidth('한국'), 4);
    assert.equal(displayWidth('📋'), 2);
    assert.equal(displayWidth('👩‍💻'), 2);
    assert.equal(displayWidth('🇩🇪'), 2);
    assert.equal(displayWidth('✔'), 1);
    assert.equal(displayWidth('✔\uFE0F'), 2);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(displayWidth('→ é'), 3);
  });

  it('truncates to a width without splitting a grapheme', () => {
    assert.equal(truncateToWidth('Plain title', 20), 'Plain title');
    assert.equal(truncateToWidth('👩‍💻👩‍💻👩‍💻', 5), '👩‍💻👩‍💻…');
    assert.equal(truncateToWidth('東京オフィス', 6), '東京…');
    assert.ok(displayWidth(truncateToWidth('東京オフィス', 6)) <= 6);
  });
});
