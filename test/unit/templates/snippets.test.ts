import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, BUILTIN_TYPES, DEFAULT_STATUSES, defaultConfig, lintText } from '../../../src/core/index';
import { repoRoot } from '../helpers/repo-root';
import { TODAY } from '../../generators/today';

const SNIPPETS_FILE = path.join(repoRoot(), 'snippets', 'handoff.code-snippets');

/** Expands a snippet body as VS Code would when the author accepts every default. */
function expand(body: readonly string[]): string {
  const text = body.join('\n').replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, TODAY);
  const defaults = new Map<string, string>();
  const withDefaults = text
    .replace(/\$\{(\d+)\|([^|,]*)[^|]*\|\}/g, (_, n: string, first: string) => (defaults.set(n, first), first))
    .replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value));
  return withDefaults
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => defaults.get((a ?? b)!) ?? '')
    .replace(/\\([\\$}])/g, '$1');
}

describe('snippets', () => {
  const expected = buildSnippets(BUILTIN_TYPES, DEFAULT_STATUSES);

  it('match the type registry (regenerate with UPDATE_SNIPPETS=1 npm run test:unit)', () => {
    if (process.env.UPDATE_SNIPPETS === '1') fs.writeFileSync(SNIPPETS_FILE, JSON.stringify(expected, null, 2) + '\n');
    assert.deepEqual(JSON.parse(fs.readFileSync(SNIPPETS_FILE, 'utf8')), expected);
  });

  it('offer one snippet per built-in type, prefixed handoff-<type>', () => {
    const prefixes = Object.values(expected).map((s) => s.prefix);
    for (const type of BUILTIN_TYPES) assert.ok(prefixes.includes(`handoff-${type.id}`), type.id);
  });

  for (const type of BUILTIN_TYPES) {
    it(`expand to a ${type.id} handoff whose only problems are the prompts left for the author`, () => {
      const snippet = Object.values(expected).find((s) => s.prefix === `handoff-${type.id}`)!;
      const { doc, issues } = lintText(expand(snippet.body), { config: defaultConfig(), today: TODAY });
      assert.equal(doc.type, type.id);
      // Deliberately left: prose sections hold an HTML comment prompt, so they are empty until written.
      const prose = type.sections.filter((s) => !s.checklist).map((s) => s.name);
      assert.deepEqual(issues.map((i) => i.ruleId), prose.map(() => 'empty-section'));
      assert.deepEqual(issues.map((i) => i.message.match(/`([^`]+)`/)?.[1]), prose);
    });
  }
});
