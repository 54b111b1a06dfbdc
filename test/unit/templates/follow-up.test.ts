// New Follow-up Handoff's core: which types follow, what the new document holds, where it goes,
// and that it closes the journey's gap (no broken-link, the predecessor's missing-next gone).
import assert from 'node:assert/strict';
import { buildJourneyGraph, defaultConfig, followUpJourney, followUpTitle, followUpTypes, journeyFacts, lintText, lintWorkspace, loadConfig, parseHandoff, planFollowUp, RULE_IDS, type HandoffConfig } from '../../../src/core/index';

const TODAY = '2026-11-25';
const config = defaultConfig();
const LEAD_PATH = '/repo/journeys/quarry/2026-10-26-lead.md';

function doc(fields: Record<string, string>, eol = '\n'): string {
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', '# Body', ''].join(eol);
}

const LEAD = doc({
  handoff: 'marketing-to-sales',
  title: 'Lead — Quarry Lane Climbing',
  status: 'done',
  from: 'Marketing',
  to: 'Sales',
  owner: 'hannah@example.com',
  assignee: 'oliver@example.com',
  created: '2026-10-26',
  accepted_at: '2026-10-27',
  done_at: '2026-11-06',
});

const none = async () => false;
const type = (id: string, c: HandoffConfig = config) => c.types.get(id)!;

describe('New Follow-up Handoff (core)', () => {
  it("offers the previous type's next types, every type when it names none or is unknown", () => {
    assert.deepEqual(followUpTypes('marketing-to-sales', config).map((t) => t.id), ['sales-to-customer-success']);
    assert.equal(followUpTypes('sales-to-support', config).length, config.types.size);
    assert.equal(followUpTypes('no-such-type', config).length, config.types.size);
    assert.equal(followUpTypes(undefined, config).length, config.types.size);
    const { config: custom } = loadConfig('types:\n  generic:\n    next: [maintenance-request, nowhere, sales-to-support]\n', { ruleIds: RULE_IDS });
    assert.deepEqual(followUpTypes('generic', custom).map((t) => t.id), ['maintenance-request', 'sales-to-support']);
  });

  it('writes the next type next to the previous one: follows, from = previous to, journey, owner, created today', async () => {
    const previous = parseHandoff(LEAD);
    const plan = await planFollowUp(previous, LEAD_PATH, type('sales-to-customer-success'), { title: 'Quarry Lane — onboarding', today: TODAY, owner: 'me@example.com', journey: 'Quarry Lane' }, none);
    assert.equal(plan.path, `/repo/journeys/quarry/${TODAY}-quarry-lane-onboarding.md`);
    const head = plan.text.slice(0, plan.text.indexOf('\n# '));
    assert.equal(
      head,
      [
        '---',
        'handoff: sales-to-customer-success',
        'title: "Quarry Lane — onboarding"',
        'status: draft',
        'from: Sales',
        'to: Customer Success',
        'owner: me@example.com',
        'assignee:',
        `created: ${TODAY}`,
        'due:',
        'follows: ./2026-10-26-lead.md',
        'journey: Quarry Lane',
        'template_version: 1',
        '---',
      ].join('\n'),
    );
    assert.match(plan.text.split('\n')[plan.cursorLine]!, /^<!-- /);
  });

  it('never overwrites: takes the next free name in the folder', async () => {
    const taken = new Set([`/repo/journeys/quarry/${TODAY}-next.md`, `/repo/journeys/quarry/${TODAY}-next-2.md`]);
    const plan = await planFollowUp(parseHandoff(LEAD), LEAD_PATH, type('generic'), { title: 'Next', today: TODAY, journey: 'J' }, async (p) => taken.has(p));
    assert.equal(plan.path, `/repo/journeys/quarry/${TODAY}-next-3.md`);
  });

  it("without me, the previous assignee owns it; a type without a receiving team takes the given one; the previous line endings are kept", async () => {
    const previous = parseHandoff(LEAD.replace(/\n/g, '\r\n'));
    const plan = await planFollowUp(previous, LEAD_PATH, type('generic'), { title: 'Next', today: TODAY, to: 'Procurement', journey: 'J' }, none);
    assert.ok(plan.text.includes('\r\nowner: oliver@example.com\r\n'), plan.text);
    assert.ok(plan.text.includes('\r\nto: Procurement\r\n'));
    assert.ok(!/[^\r]\n/.test(plan.text), 'a bare \\n in a CRLF document');
  });

  it("carries the fields the new type's template has (its other required fields) that the previous handoff sets", async () => {
    const { config: custom } = loadConfig('types:\n  generic:\n    required_fields: [title, status, customer, project, sites]\n', { ruleIds: RULE_IDS });
    const previous = parseHandoff(LEAD.replace('title:', 'customer: Quarry Lane Climbing\nsites: [Leeds, "York, North", 12]\nbudget: 40000\ntitle:'));
    const plan = await planFollowUp(previous, LEAD_PATH, type('generic', custom), { title: 'Next', today: TODAY, journey: 'J' }, none);
    const fields = parseHandoff(plan.text).frontMatter!.fields;
    assert.equal(fields.get('customer')!.value, 'Quarry Lane Climbing');
    assert.deepEqual(fields.get('sites')!.value, ['Leeds', 'York, North', 12]);
    assert.ok(plan.text.includes('\nproject:\n'), 'a required field the previous lacks is left empty for the author');
    assert.equal(fields.get('budget'), undefined, 'a field the new template does not have is not carried');
  });

  it("names the journey as the graph does, else the previous handoff's journey field or title", () => {
    const lead = parseHandoff(LEAD);
    const onboarding = parseHandoff(doc({ handoff: 'sales-to-customer-success', title: 'Onboarding', status: 'open', follows: './2026-10-26-lead.md' }));
    const onboardingPath = '/repo/journeys/quarry/onboarding.md';
    const graph = buildJourneyGraph([journeyFacts(lead, LEAD_PATH, { config })!, journeyFacts(onboarding, onboardingPath, { config })!]);
    assert.equal(followUpJourney(graph, onboardingPath, onboarding), 'Lead — Quarry Lane Climbing');
    const alone = buildJourneyGraph([]);
    assert.equal(followUpJourney(alone, LEAD_PATH, lead), 'Lead — Quarry Lane Climbing');
    assert.equal(followUpJourney(alone, LEAD_PATH, parseHandoff(LEAD.replace('title:', 'journey: Quarry\ntitle:'))), 'Quarry');
    assert.equal(followUpTitle('Quarry', type('sales-to-support')), 'Quarry — Sales to Support');
  });

  it("lints clean of broken-link, and its predecessor's missing-next goes away", async () => {
    const lead = parseHandoff(LEAD);
    const plan = await planFollowUp(lead, LEAD_PATH, type('sales-to-customer-success'), { title: 'Onboarding', today: TODAY, journey: 'Quarry' }, none);
    const follow = parseHandoff(plan.text);
    const ruleIds = (facts: Parameters<typeof lintWorkspace>[0]) => [...lintWorkspace(facts, { targets: new Map(), today: TODAY })].flatMap(([file, issues]) => issues.map((i) => `${file} ${i.ruleId}`));
    const leadFacts = journeyFacts(lead, LEAD_PATH, { config })!;
    assert.deepEqual(ruleIds([leadFacts]), [`${LEAD_PATH} missing-next`]);
    assert.deepEqual(ruleIds([leadFacts, journeyFacts(follow, plan.path, { config })!]), []);
    // The document itself: only what the author must still write (who receives it, by when, the sections).
    const own = new Set(lintText(plan.text, { config, today: TODAY }).issues.map((i) => i.ruleId));
    assert.deepEqual(own, new Set(['missing-field', 'empty-section']));
  });
});
