import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILTIN_TYPES, defaultConfig, handoffFolder, lintText, planNewHandoff, slugify } from '../../../src/core/index';
import { TODAY } from '../../generators/today';

const exists = async (p: string) => fs.existsSync(p);

describe('planNewHandoff', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-new-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const type = BUILTIN_TYPES.find((t) => t.id === 'sales-to-customer-success')!;
  const values = { title: 'Northwind: onboarding Q1!', today: TODAY, owner: 'dana@example.com' };

  it('names the file <date>-<slug>.md in the folder and never overwrites an existing one', async () => {
    const folder = dir.split(path.sep).join('/');
    const first = await planNewHandoff(folder, type, values, exists);
    assert.equal(first.path, `${folder}/${TODAY}-northwind-onboarding-q1.md`);
    fs.writeFileSync(first.path, 'taken');
    const second = await planNewHandoff(folder, type, values, exists);
    assert.equal(second.path, `${folder}/${TODAY}-northwind-onboarding-q1-2.md`);
    assert.equal(fs.readFileSync(first.path, 'utf8'), 'taken');
  });

  it('writes the type template with created today and owner me, cursor in the first section', async () => {
    const plan = await planNewHandoff(dir, type, values, exists);
    const { doc, issues } = lintText(plan.text, { config: defaultConfig(), today: TODAY });
    assert.equal(doc.type, type.id);
    assert.equal(doc.title, 'Northwind: onboarding Q1!');
    assert.equal(doc.frontMatter!.fields.get('created')!.value, TODAY);
    assert.equal(doc.frontMatter!.fields.get('owner')!.value, 'dana@example.com');
    assert.equal(doc.frontMatter!.fields.get('status')!.value, 'draft');
    assert.equal(doc.sections[0]!.bodyRange.start.line + 1, plan.cursorLine - 1);
    assert.match(plan.text.split('\n')[plan.cursorLine]!, /^<!-- /);
    // Left for the author: who receives it, by when, and the prose of each section.
    const missing = issues.filter((i) => i.ruleId === 'missing-field').map((i) => i.message.match(/`(\w+)`/)![1]);
    assert.deepEqual(missing, ['assignee', 'due']);
    assert.deepEqual(new Set(issues.map((i) => i.ruleId)), new Set(['missing-field', 'empty-section']));
  });

  it('slugifies titles to lowercase ASCII words', () => {
    assert.equal(slugify('Café Équipe — Phase 2'), 'cafe-equipe-phase-2');
    assert.equal(slugify('!!!'), 'handoff');
  });
});

describe('handoffFolder', () => {
  it('resolves .handoff.yml folder inside the workspace folder, and refuses one that leads outside', () => {
    assert.deepEqual(handoffFolder('/work/repo', 'handoffs'), { path: '/work/repo/handoffs' });
    assert.deepEqual(handoffFolder('/work/repo', './notes/../handoffs/'), { path: '/work/repo/handoffs' });
    assert.deepEqual(handoffFolder('/work/repo', '.'), { path: '/work/repo' });
    for (const outside of ['../../../tmp/outside', '..', '/tmp/outside', 'handoffs/../../elsewhere']) {
      const result = handoffFolder('/work/repo', outside);
      assert.ok('error' in result, outside);
      assert.match(result.error, /leads outside the workspace folder \(\/work\/repo\)/);
    }
  });
});
