// `handoff graph` in each format and `handoff list`'s journeys, on examples/journeys and on
// handoffs written for the test.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem, toPortablePath } from '../../../src/cli/node-file-system';
import { dotString, mermaidText, type GraphJson } from '../../../src/cli/formatters/graph';
import { runCli } from '../../../src/cli/cli';
import type { ListEntry } from '../../../src/cli/run-list';
import type { CliContext } from '../../../src/cli/context';
import { repoRoot } from '../helpers/repo-root';

async function run(cwd: string, argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: toPortablePath(cwd),
    fs: new NodeFileSystem(),
    today: '2026-11-25',
    version: 'test',
    env: { GITHUB_WORKSPACE: cwd },
    output: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  };
  return { code: await runCli(argv, ctx), stdout, stderr };
}

const BAKERY = 'examples/journeys/aldergrove-bakery';
const LEAD = `${BAKERY}/2026-09-08-lead-wholesale-ordering-demo.md`;
const ONBOARDING = `${BAKERY}/2026-09-25-onboarding-after-closed-won.md`;
const SUPPORT = `${BAKERY}/2026-10-30-support-handover.md`;

describe('journeys in the CLI', () => {
  const root = repoRoot();

  it('graph --format json: nodes with their journey, edges from a handoff to its follower', async () => {
    const { code, stdout, stderr } = await run(root, ['graph', 'examples', '--format', 'json']);
    assert.equal(code, 0, stderr);
    const graph = JSON.parse(stdout) as GraphJson;
    assert.deepEqual(graph.nodes.find((n) => n.file === ONBOARDING), { file: ONBOARDING, type: 'sales-to-customer-success', title: 'Aldergrove Bakery — onboarding after closed-won', status: 'done', journey: 'Aldergrove Bakery' });
    assert.deepEqual(
      graph.edges.filter((e) => e.from.startsWith('examples/journeys/aldergrove') || e.to.includes('tx40')),
      [
        { from: 'examples/handoffs/2026-11-03-tx40-pump-housing-rev-c.md', to: 'examples/journeys/tx40-pump-housing/2026-11-09-castings-to-procurement.md' },
        { from: LEAD, to: ONBOARDING },
        { from: ONBOARDING, to: SUPPORT },
      ],
    );
    assert.equal(graph.nodes.find((n) => n.file.includes('quarry-lane'))!.journey, null, 'the dropped lead is alone');
    assert.equal(new Set(graph.nodes.map((n) => n.journey).filter(Boolean)).size, 3);
  });

  it('graph --format mermaid and dot: one group per journey, every edge, labels escaped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-graph-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), '---\nhandoff: generic\ntitle: \'Say "hi" <b>#1</b> & `x`\'\nstatus: done\njourney: Q&A "one"\n---\n');
      fs.writeFileSync(path.join(dir, 'b c.md'), '---\nhandoff: generic\ntitle: Back\\slash\nfollows: ./a.md\n---\n');
      const mermaid = await run(dir, ['graph']);
      assert.equal(mermaid.code, 0, mermaid.stderr);
      assert.equal(
        mermaid.stdout,
        [
          'flowchart LR',
          '  subgraph j1["Q#amp;A #quot;one#quot;"]',
          '    n1["Say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96;<br/>done"]',
          '    n2["Back\\slash<br/>no status"]',
          '  end',
          '  n1 --> n2',
          '',
        ].join('\n'),
      );
      const dot = await run(dir, ['graph', '--format', 'dot']);
      assert.equal(
        dot.stdout,
        [
          'digraph handoffs {',
          '  rankdir=LR;',
          '  node [shape=box];',
          '  subgraph cluster_1 {',
          '    label="Q&A \\"one\\"";',
          '    "a.md" [label="Say \\"hi\\" <b>#1</b> & `x`\\n(done)"];',
          '    "b c.md" [label="Back\\\\slash\\n(no status)"];',
          '  }',
          '  "a.md" -> "b c.md";',
          '}',
          '',
        ].join('\n'),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapes what Mermaid and DOT would read as syntax, line breaks included', () => {
    assert.equal(mermaidText('a\nb "c" #d'), 'a b #quot;c#quot; #35;d');
    assert.equal(dotString('a\r\nb "c" \\'), '"a b \\"c\\" \\\\"');
  });

  it('list --journey NAME lists that journey, closed stages included, with follows and journey', async () => {
    const { code, stdout, stderr } = await run(root, ['list', 'examples', '--journey', 'aldergrove bakery', '--format', 'json']);
    assert.equal(code, 0, stderr);
    const entries = JSON.parse(stdout) as ListEntry[];
    assert.deepEqual(
      entries.map((e) => [e.file, e.follows, e.journey]),
      [
        [LEAD, [], 'Aldergrove Bakery'],
        [ONBOARDING, [LEAD], 'Aldergrove Bakery'],
        [SUPPORT, [ONBOARDING], 'Aldergrove Bakery'],
      ],
    );
    const open = JSON.parse((await run(root, ['list', 'examples', '--format', 'json'])).stdout) as ListEntry[];
    assert.ok(open.every((e) => Array.isArray(e.follows) && e.journey === null), 'open examples belong to no journey');
  });
});
