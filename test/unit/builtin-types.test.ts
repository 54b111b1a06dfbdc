import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KNOWN_FIELDS, normalizeSectionName } from '../../src/core/model/handoff';
import { parseHandoff } from '../../src/core/parse/parse-handoff';
import { BUILTIN_TYPES } from '../../src/core/types/builtin-types';
import { repoRoot } from './helpers/repo-root';

const TASK_ITEM = /^- \[ \] \S/;
const EXPECTED_IDS = [
  'sales-to-customer-success',
  'sales-to-support',
  'marketing-to-sales',
  'design-to-manufacturing',
  'preconstruction-to-construction',
  'maintenance-request',
  'creative-to-digital-marketing',
  'generic',
];

describe('built-in handoff types', () => {
  it('has the documented ids, unique and kebab-case', () => {
    const ids = BUILTIN_TYPES.map((t) => t.id);
    assert.deepEqual([...ids].sort(), [...EXPECTED_IDS].sort());
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${id} is kebab-case`);
  });

  it('gives every type a title, a one-line description, a version and the builtin source', () => {
    for (const t of BUILTIN_TYPES) {
      assert.ok(t.title.trim(), `${t.id} has a title`);
      assert.ok(t.description?.trim(), `${t.id} has a description`);
      assert.ok(!t.description!.includes('\n'), `${t.id} description is one line`);
      assert.equal(t.version, 1, `${t.id} version`);
      assert.equal(t.source, 'builtin');
    }
  });

  it('gives every type but generic default sending and receiving teams', () => {
    for (const t of BUILTIN_TYPES.filter((x) => x.id !== 'generic')) {
      assert.ok(t.from?.trim() && t.to?.trim(), `${t.id} has from and to`);
      assert.notEqual(t.from, t.to, `${t.id} hands over between two different teams`);
    }
  });

  it('requires only known fields, including who is accountable on each side', () => {
    const known: readonly string[] = KNOWN_FIELDS;
    for (const t of BUILTIN_TYPES) {
      assert.equal(new Set(t.requiredFields).size, t.requiredFields.length, `${t.id} lists no field twice`);
      for (const f of t.requiredFields) assert.ok(known.includes(f), `${t.id} requires unknown field ${f}`);
      for (const f of ['title', 'status', 'owner', 'assignee']) assert.ok(t.requiredFields.includes(f), `${t.id} requires ${f}`);
    }
  });

  it('has 4 to 7 sections with names unique per type (case-insensitive)', () => {
    for (const t of BUILTIN_TYPES) {
      assert.ok(t.sections.length >= 4 && t.sections.length <= 7, `${t.id} has ${t.sections.length} sections`);
      const keys = t.sections.map((s) => s.name.toLowerCase());
      assert.equal(new Set(keys).size, keys.length, `${t.id} section names are unique`);
      const normalized = t.sections.map((s) => normalizeSectionName(s.name));
      assert.equal(new Set(normalized).size, normalized.length, `${t.id} section names stay unique once normalized`);
      for (const s of t.sections) assert.equal(s.name, s.name.trim(), `${t.id}: "${s.name}" has no surrounding whitespace`);
    }
  });

  it('has exactly one checklist section, last, whose template holds 3 to 6 task items', () => {
    for (const t of BUILTIN_TYPES) {
      const checklists = t.sections.filter((s) => s.checklist);
      assert.equal(checklists.length, 1, `${t.id} has one checklist section`);
      assert.equal(t.sections[t.sections.length - 1], checklists[0], `${t.id} checklist section is last`);
      const lines = (checklists[0]!.template ?? '').split('\n');
      assert.ok(lines.length >= 3 && lines.length <= 6, `${t.id} checklist has ${lines.length} items`);
      for (const line of lines) assert.match(line, TASK_ITEM, `${t.id}: "${line}" is an unchecked task item`);
    }
  });

  it('describes every prose section and prompts for it with an HTML comment only', () => {
    for (const t of BUILTIN_TYPES) {
      for (const s of t.sections) {
        assert.ok(s.description?.trim() && !s.description.includes('\n'), `${t.id}/${s.name} has a one-line description`);
        if (s.checklist) continue;
        assert.match(s.template ?? '', /^<!-- [^\n]+ -->$/, `${t.id}/${s.name} template is one comment`);
        assert.ok(!s.template!.slice(4, -3).includes('--'), `${t.id}/${s.name} comment has no "--" inside`);
      }
    }
  });

  it('yields, from its templates, a document with every section: prose empty, checklist with tasks', () => {
    for (const t of BUILTIN_TYPES) {
      const body = t.sections.map((s) => `## ${s.name}\n\n${s.template}\n`).join('\n');
      const doc = parseHandoff(`---\nhandoff: ${t.id}\ntitle: Test\n---\n\n# Test\n\n${body}`);
      assert.deepEqual(doc.sections.map((s) => s.key), t.sections.map((s) => normalizeSectionName(s.name)), t.id);
      t.sections.forEach((spec, i) => {
        const parsed = doc.sections[i]!;
        if (spec.checklist) {
          assert.equal(parsed.empty, false, `${t.id}/${spec.name} is not empty`);
          assert.equal(parsed.taskItems.length, spec.template!.split('\n').length, `${t.id}/${spec.name} task items`);
          assert.ok(parsed.taskItems.every((item) => !item.checked));
        } else {
          assert.equal(parsed.empty, true, `${t.id}/${spec.name} untouched template counts as empty`);
          assert.equal(parsed.taskItems.length, 0);
        }
      });
    }
  });

  it('is documented in docs/TYPES.md: every id and every section name', () => {
    const docs = fs.readFileSync(path.join(repoRoot(), 'docs', 'TYPES.md'), 'utf8');
    for (const t of BUILTIN_TYPES) {
      assert.ok(docs.includes(`\`${t.id}\``), `docs/TYPES.md mentions ${t.id}`);
      for (const s of t.sections) assert.ok(docs.includes(s.name), `docs/TYPES.md mentions ${t.id}/${s.name}`);
    }
  });
});
