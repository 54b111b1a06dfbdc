// Journeys: link resolution, the follows graph, cycles, missing-next and the cross-document rules,
// on documents parsed by the real parser with the built-in types.
import assert from 'node:assert/strict';
import { defaultConfig, loadConfig } from '../../../src/core/config/load-config';
import { buildJourneyGraph } from '../../../src/core/journey/graph';
import { resolveLink } from '../../../src/core/journey/links';
import { missingNext } from '../../../src/core/journey/missing-next';
import { RULE_IDS } from '../../../src/core/lint/registry';
import { journeyFacts, linkTargets, lintWorkspace } from '../../../src/core/lint/workspace-engine';
import type { TargetKind } from '../../../src/core/lint/workspace-rule';
import type { HandoffConfig } from '../../../src/core/config/types';
import { parseHandoff } from '../../../src/core/parse/parse-handoff';

const TODAY = '2026-03-20';

function handoff(file: string, fields: Record<string, string>, config: HandoffConfig = defaultConfig(), eol = '\n') {
  const text = ['---', ...Object.entries({ handoff: 'generic', title: file, status: 'open', ...fields }).map(([k, v]) => `${k}: ${v}`), '---', '', '# Body', ''].join(eol);
  return journeyFacts(parseHandoff(text), file, { config })!;
}

function lint(handoffs: ReturnType<typeof handoff>[], targets: Record<string, TargetKind> = {}, today = TODAY) {
  const found = lintWorkspace(handoffs, { targets: new Map(Object.entries(targets)), today });
  return [...found].flatMap(([file, issues]) => issues.map((i) => `${file}:${i.range.start.line + 1}:${i.range.start.character + 1} ${i.ruleId}`)).sort();
}

describe('journeys', () => {
  describe('resolveLink', () => {
    const doc = '/repo/handoffs/sales/deal.md';
    it('resolves relative to the document, with ./, ../ and spaces', () => {
      assert.equal(resolveLink(doc, 'lead.md'), '/repo/handoffs/sales/lead.md');
      assert.equal(resolveLink(doc, './lead.md'), '/repo/handoffs/sales/lead.md');
      assert.equal(resolveLink(doc, '../marketing/lead.md'), '/repo/handoffs/marketing/lead.md');
      assert.equal(resolveLink(doc, '../../notes/a b.md'), '/repo/notes/a b.md');
      assert.equal(resolveLink(doc, './a%20b.md'), '/repo/handoffs/sales/a b.md');
      assert.equal(resolveLink(doc, './100%.md'), '/repo/handoffs/sales/100%.md');
      assert.equal(resolveLink(doc, '<./a b.md>'), '/repo/handoffs/sales/a b.md');
      assert.equal(resolveLink(doc, 'lead.md#risks'), '/repo/handoffs/sales/lead.md');
    });
    it('leaves URLs, anchors and absolute paths alone', () => {
      for (const target of ['https://crm.example.com/deal/1', 'mailto:a@example.com', '#risks', '/etc/passwd', 'C:/x.md', '', '  ']) assert.equal(resolveLink(doc, target), undefined, target);
    });
  });

  it('reads follows and links with the range of each path, from a string or a list, CRLF too', () => {
    for (const eol of ['\n', '\r\n']) {
      const h = handoff('/r/b.md', { follows: '[./a.md, "../x/y z.md"]', links: 'https://example.com' }, defaultConfig(), eol);
      assert.deepEqual(h.follows.map((f) => [f.written, f.path, f.range.start.line, f.range.start.character, f.range.end.character]), [
        ['./a.md', '/r/a.md', 4, 10, 16],
        ['../x/y z.md', '/x/y z.md', 4, 19, 30],
      ]);
      assert.deepEqual(h.links.map((l) => l.path), [undefined]);
    }
  });

  describe('the graph', () => {
    it('orders a journey by follows, names it after its first handoff or its journey field', () => {
      const a = handoff('/r/a.md', { title: 'Lead — Fernhill', created: '2026-01-02' });
      const b = handoff('/r/b.md', { follows: './a.md', created: '2026-01-01' });
      const c = handoff('/r/c.md', { follows: './b.md' });
      const lone = handoff('/r/lone.md', { journey: 'Solo run' });
      const graph = buildJourneyGraph([c, lone, b, a]);
      assert.deepEqual(graph.journeys.map((j) => [j.name, j.files]), [
        ['Lead — Fernhill', ['/r/a.md', '/r/b.md', '/r/c.md']],
        ['Solo run', ['/r/lone.md']],
      ]);
      assert.equal(buildJourneyGraph([handoff('/r/alone.md', {})]).journeys.length, 0, 'a lone handoff without a journey field is in none');
      assert.deepEqual(graph.edges, [
        { from: '/r/a.md', to: '/r/b.md' },
        { from: '/r/b.md', to: '/r/c.md' },
      ]);
      const named = buildJourneyGraph([a, b, handoff('/r/c.md', { follows: './b.md', journey: 'Fernhill Brewing' })]);
      assert.equal(named.journeyOf.get('/r/a.md')!.name, 'Fernhill Brewing');
    });

    it('finds cycles, a self-follow included, and nothing else', () => {
      const graph = buildJourneyGraph([
        handoff('/r/a.md', { follows: './c.md' }),
        handoff('/r/b.md', { follows: './a.md' }),
        handoff('/r/c.md', { follows: './b.md' }),
        handoff('/r/d.md', { follows: './c.md' }),
        handoff('/r/self.md', { follows: './self.md' }),
      ]);
      assert.deepEqual([...graph.inCycle].sort(), ['/r/a.md', '/r/b.md', '/r/c.md', '/r/self.md']);
      assert.deepEqual(graph.journeys.map((j) => j.files.length), [4], 'a lone self-follow names no journey');
    });

    it('handles a chain of 20,000 without overflowing the stack', () => {
      const chain = Array.from({ length: 20_000 }, (_, i) => handoff(`/r/${i}.md`, i ? { follows: `./${i - 1}.md` } : {}));
      const graph = buildJourneyGraph(chain);
      assert.equal(graph.journeys.length, 1);
      assert.equal(graph.journeys[0]!.files[19_999], '/r/19999.md');
      assert.equal(graph.inCycle.size, 0);
    });
  });

  describe('missing-next', () => {
    const lead = (fields: Record<string, string>) => handoff('/r/lead.md', { handoff: 'marketing-to-sales', created: '2026-03-01', ...fields });
    it('reports an accepted or done handoff past next_within_days with no follower', () => {
      assert.deepEqual(missingNext(lead({ status: 'accepted', accepted_at: '2026-03-10' }), [], TODAY), { since: '2026-03-10', days: 10 });
      assert.deepEqual(missingNext(lead({ status: 'done', accepted_at: '2026-03-10', done_at: '2026-03-12T09:00:00Z' }), [], TODAY), { since: '2026-03-12', days: 8 });
      assert.deepEqual(missingNext(lead({ status: 'accepted' }), [], TODAY), { since: '2026-03-01', days: 19 }, 'no accepted_at: measured from created');
    });
    it('is quiet within the days, when followed, when open or cancelled, without next, or without a date', () => {
      assert.equal(missingNext(lead({ status: 'accepted', accepted_at: '2026-03-15' }), [], TODAY), undefined, 'exactly 5 days');
      assert.equal(missingNext(lead({ status: 'accepted', accepted_at: '2026-03-10' }), ['/r/deal.md'], TODAY), undefined);
      for (const status of ['open', 'draft', 'returned', 'cancelled']) assert.equal(missingNext(lead({ status, accepted_at: '2026-01-01' }), [], TODAY), undefined, status);
      assert.equal(missingNext(handoff('/r/g.md', { status: 'done', created: '2026-01-01' }), [], TODAY), undefined, 'generic declares no next');
      assert.equal(missingNext(lead({ status: 'accepted', created: 'soon' }), [], TODAY), undefined);
    });
    it('follows the config: next and next_within_days', () => {
      const { config, problems } = loadConfig('types:\n  generic:\n    next: [generic]\n    next_within_days: 30\n', { ruleIds: RULE_IDS });
      assert.deepEqual(problems, []);
      const g = handoff('/r/g.md', { status: 'done', created: '2026-02-01' }, config);
      assert.deepEqual(missingNext(g, [], TODAY), { since: '2026-02-01', days: 47 });
      assert.equal(missingNext(g, [], '2026-03-03'), undefined);
    });
  });

  describe('the cross-document rules', () => {
    it('broken-link: missing follows and links targets, and follows that are not handoffs', () => {
      const a = handoff('/r/a.md', {});
      const b = handoff('/r/b.md', { follows: '[./a.md, ./gone.md, ../notes/n.md, ../elsewhere.md]', links: '[./spec.pdf, ./nope.pdf, https://example.com]' });
      assert.deepEqual(linkTargets([a, b]), ['/elsewhere.md', '/notes/n.md', '/r/gone.md', '/r/nope.pdf', '/r/spec.pdf']);
      const targets = { '/notes/n.md': 'file', '/elsewhere.md': 'handoff', '/r/spec.pdf': 'file' } as const;
      assert.deepEqual(lint([a, b], targets), ['/r/b.md:5:19 broken-link', '/r/b.md:5:30 broken-link', '/r/b.md:6:21 broken-link']);
      const found = lintWorkspace([a, b], { targets: new Map(Object.entries(targets)), today: TODAY });
      const [gone, notHandoff] = found.get('/r/b.md')!;
      assert.deepEqual([gone!.messageId, gone!.message], ['followsMissing', 'Missing file `./gone.md` in `follows`, expected the path of the handoff this one continues']);
      assert.equal(notHandoff!.messageId, 'followsNotHandoff');
    });

    it('broken-link offers the closest handoff path as a suggestion', () => {
      const found = lintWorkspace([handoff('/r/2026-01-lead.md', {}), handoff('/r/deal.md', { follows: './2026-01-laed.md' })], { targets: new Map(), today: TODAY });
      const fix = found.get('/r/deal.md')![0]!.fixes[0]!;
      assert.equal(fix.suggestion, true);
      assert.equal(fix.edits[0]!.newText, './2026-01-lead.md');
    });

    it('follows-cycle on each follows inside the cycle; missing-next on the status', () => {
      assert.deepEqual(lint([handoff('/r/a.md', { follows: './b.md' }), handoff('/r/b.md', { follows: './a.md' })]), ['/r/a.md:5:10 follows-cycle', '/r/b.md:5:10 follows-cycle']);
      assert.deepEqual(lint([handoff('/r/lead.md', { handoff: 'marketing-to-sales', status: 'accepted', accepted_at: '2026-03-01' })]), ['/r/lead.md:4:9 missing-next']);
    });

    it('honours severities from the config and disable comments', () => {
      const { config } = loadConfig('rules:\n  missing-next: off\n', { ruleIds: RULE_IDS });
      assert.deepEqual(lint([handoff('/r/lead.md', { handoff: 'marketing-to-sales', status: 'accepted', accepted_at: '2026-03-01' }, config)]), []);
      const text = '---\nhandoff: generic\ntitle: x\nfollows: ./gone.md\n---\n<!-- handoff-disable broken-link -->\n';
      assert.deepEqual(lint([journeyFacts(parseHandoff(text), '/r/x.md', { config: defaultConfig() })!]), []);
    });
  });
});
