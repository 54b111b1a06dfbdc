import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_TYPES, defaultConfig, loadConfig, RULE_IDS } from '../../../src/core/index';
import { repoRoot } from '../helpers/repo-root';

const EXAMPLE = `folder: handoffs            # where New Handoff creates files
statuses: { open: [draft, open, accepted, returned], closed: [done, cancelled] }
types:
  vendor-onboarding:
    title: Vendor onboarding
    from: Procurement
    to: Finance
    required_fields: [title, status, owner, assignee, due]
    sections:
      - Summary
      - Risks
      - { name: Checklist, checklist: true }
rules: { overdue: warning, empty-section: off }
`;

describe('loadConfig', () => {
  it('reads the documented example and adds its type to the built-ins', () => {
    const { config, problems } = loadConfig(EXAMPLE, { ruleIds: RULE_IDS });
    assert.deepEqual(problems, []);
    assert.equal(config.folder, 'handoffs');
    assert.deepEqual(config.statuses.closed, ['done', 'cancelled']);
    const vendor = config.types.get('vendor-onboarding')!;
    assert.equal(vendor.from, 'Procurement');
    assert.deepEqual(vendor.requiredFields, ['title', 'status', 'owner', 'assignee', 'due']);
    assert.deepEqual(vendor.sections.map((s) => [s.name, s.checklist]), [['Summary', false], ['Risks', false], ['Checklist', true]]);
    assert.deepEqual(config.rules, { overdue: 'warning', 'empty-section': 'off' });
    assert.equal(config.types.size, BUILTIN_TYPES.length + 1);
  });

  it('lets a configured type override a built-in one, inheriting what it leaves out', () => {
    const builtin = BUILTIN_TYPES.find((t) => t.id === 'generic')!;
    const { config, problems } = loadConfig('types:\n  generic:\n    required_fields: [title]\n');
    assert.deepEqual(problems, []);
    const generic = config.types.get('generic')!;
    assert.deepEqual(generic.requiredFields, ['title']);
    assert.deepEqual(generic.sections, builtin.sections);
    assert.equal(generic.source, 'config');
  });

  it('reports invalid values with positions and keeps the built-ins and the valid rest', () => {
    const text = 'folder: 12\nstatuses: { open: [open], closed: [open] }\nrules: { overdue: loud, nope: off }\ntypes:\n  Bad Id: {}\n  ok: { sections: [{ checklist: yes }] }\nextra: 1\n';
    const { config, problems } = loadConfig(text, { ruleIds: RULE_IDS });
    const at = (needle: string) => problems.find((p) => p.message.includes(needle));
    assert.deepEqual(at('`folder`')!.range.start, { line: 0, character: 8 });
    assert.ok(at('both open and closed'));
    assert.equal(at('severity `loud`')!.range.start.line, 2);
    assert.equal(at('Unknown rule `nope`')!.severity, 'warning');
    assert.equal(at('type id `Bad Id`')!.range.start.line, 4);
    assert.ok(at('section `name`'));
    assert.equal(at('Unknown config key `extra`')!.severity, 'warning');
    assert.equal(config.folder, 'handoffs');
    assert.deepEqual(config.statuses, defaultConfig().statuses);
    assert.ok(config.types.has('ok'));
    assert.ok(config.types.has('generic'));
  });

  it('reports YAML syntax errors and falls back to the defaults', () => {
    const { config, problems } = loadConfig('types: [\n');
    assert.ok(problems.length > 0);
    assert.equal(config.types.size, BUILTIN_TYPES.length);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(loadConfig('').problems, []);
  });

  it('reads the example workspace config without problems', () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'examples', '.handoff.yml'), 'utf8');
    assert.deepEqual(loadConfig(text, { ruleIds: RULE_IDS }).problems, []);
  });

  it('ships a JSON schema that knows every rule id and top-level key', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'docs', 'handoff-config.schema.json'), 'utf8'));
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...RULE_IDS].sort());
    assert.deepEqual(Object.keys(schema.properties).sort(), ['folder', 'rules', 'stale_after_days', 'statuses', 'types']);
  });
});
