import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_TYPES, DEFAULT_REQUIRED_FIELDS, defaultConfig, loadConfig, RULE_IDS } from '../../../src/core/index';
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
    assert.ok(at('Unknown rule `nope`'));
    assert.equal(at('type id `Bad Id`')!.range.start.line, 4);
    assert.ok(at('section `name`'));
    assert.ok(at('Unknown config key `extra`'));
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
    assert.deepEqual(Object.keys(schema.properties).sort(), ['exclude', 'folder', 'rules', 'stale_after_days', 'statuses', 'timezone', 'types']);
  });

  it('suggests the key a typo meant, and the typo\'d setting falls back to its default', () => {
    const { config, problems } = loadConfig('types:\n  t:\n    required_feilds: [title]\nfoldr: x\nrules: { overdeu: off }\n', { ruleIds: RULE_IDS });
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, p.range.start.character, p.message]),
      [
        [2, 4, 'Unknown key `required_feilds` in type `t`; did you mean `required_fields`?'],
        [3, 0, 'Unknown config key `foldr`; did you mean `folder`?'],
        [4, 9, 'Unknown rule `overdeu`; did you mean `overdue`?'],
      ],
    );
    assert.deepEqual(config.types.get('t')!.requiredFields, DEFAULT_REQUIRED_FIELDS);
    assert.equal(config.folder, 'handoffs');
  });

  it('range-checks day counts where it reads them: a positioned problem and the default, never an exception', () => {
    const { config, problems } = loadConfig('stale_after_days: three weeks\ntypes:\n  t: { sla_days: 100000000 }\n  u: { sla_days: 2.5 }\n');
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, p.range.start.character, p.message]),
      [
        [0, 18, 'Expected `stale_after_days` to be a whole number of days from 0 to 36500'],
        [2, 17, 'Expected `types.t.sla_days` to be a whole number of days from 0 to 36500'],
        [3, 17, 'Expected `types.u.sla_days` to be a whole number of days from 0 to 36500'],
      ],
    );
    assert.equal(config.staleAfterDays, 14);
    assert.equal(config.types.get('t')!.slaDays, undefined);
  });

  it('reports duplicate keys, the first one applying', () => {
    const { config, problems } = loadConfig('folder: a\nfolder: b\n');
    assert.deepEqual(problems.map((p) => [p.range.start.line, p.message]), [[1, 'Duplicate key `folder`: the first one applies']]);
    assert.equal(config.folder, 'a');
  });

  it('answers a config of 100,000 rules keys with one problem, at once (it was quadratic)', function () {
    this.timeout(20_000); // hang detection only: it takes milliseconds
    const { config, problems } = loadConfig(`rules:\n${Array.from({ length: 100_000 }, (_, i) => `  r${i}: off\n`).join('')}`, { ruleIds: RULE_IDS });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^The config is \d+ KB, over the 128 KB limit: the defaults apply$/);
    assert.deepEqual(config.rules, {});
  });

  it('answers configs nested 5,000 deep with a clear problem, never a stack overflow', function () {
    this.timeout(20_000);
    for (const text of [`types: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, `types:\n${'- '.repeat(5000)}x\n`, `types: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`]) {
      const { config, problems } = loadConfig(text);
      assert.ok(problems.some((p) => p.message === 'The config is nested too deeply to read: the defaults apply'), problems.map((p) => p.message).join('; '));
      assert.equal(config.types.size, BUILTIN_TYPES.length);
    }
    // Brackets in quoted strings and comments are not nesting.
    const quoted = loadConfig(`types:\n  t:\n    title: "${'['.repeat(200)}" # ${'{'.repeat(200)}\n    description: '${'{'.repeat(200)}'\n`);
    assert.deepEqual(quoted.problems, []);
    assert.equal(quoted.config.types.get('t')!.title, '['.repeat(200));
  });

  it('reads `exclude:` as a list of globs', () => {
    assert.deepEqual(loadConfig('exclude: [drafts/**, archive/*.md]\n').config.exclude, ['drafts/**', 'archive/*.md']);
    assert.deepEqual(loadConfig('exclude: drafts\n').problems.map((p) => p.message), ['Expected `exclude` to be a list of strings']);
  });
});
