import assert from 'node:assert/strict';
import { runList, type ListEntry } from '../../../src/cli/run-list';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

const files = {
  'h/open.md': handoffDoc({ title: 'Open one', due: '2026-09-01', checklist: [true, false] }),
  'h/late.md': handoffDoc({ title: 'Late one', due: '2026-05-01', assignee: 'Ann@Example.com' }),
  'h/draft.md': handoffDoc({ title: 'Draft one', status: 'draft', due: '2026-12-01', assignee: 'ann@example.com' }),
  'h/done.md': handoffDoc({ title: 'Done one', status: 'done', due: '2026-01-01', checklist: [true, true] }),
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
        follows: [],
        journey: null,
      },
    ]);
  });

  it('prints an aligned table flagging overdue handoffs, with checklist progress', async () => {
    const lines = (await list([])).stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^TITLE +TYPE +STATUS +FROM → TO +ASSIGNEE +DUE +CHECKLIST +FILE$/);
    assert.match(lines[1]!, /^Late one +generic +open +Finance → Strategy +Ann@Example\.com +2026-05-01 OVERDUE +0\/2 +h\/late\.md$/);
    assert.match(lines[2]!, /^Open one .* 2026-09-01 +1\/2 +h\/open\.md$/);
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
