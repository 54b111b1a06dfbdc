import assert from 'node:assert/strict';
import { escapeData, escapeProperty, formatGithub } from '../../../src/cli/formatters/github';
import { REPOSITORY_URL, RULE_IDS, ruleDocUrl } from '../../../src/core/index';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers/repo-root';
import type { Problem } from '../../../src/cli/formatters/json';
import { formatText } from '../../../src/cli/formatters/text';
import { runLint } from '../../../src/cli/run-lint';
import { runInMemory } from '../helpers/cli-harness';
import { handoffDoc } from '../helpers/handoff-fixtures';

const files = {
  'handoffs/a b.md': handoffDoc({ noOwner: true }),
  'handoffs/warn.md': handoffDoc({ emptyContext: true }),
  'handoffs/ok.md': handoffDoc(),
};

async function output(format: string): Promise<string> {
  const run = await runInMemory(['--format', format], files, runLint);
  assert.equal(run.code, 1);
  return run.stdout;
}

describe('lint output formats', () => {
  it('json: one array of problems with 1-based positions, relative paths and their repository', async () => {
    const problems = JSON.parse(await output('json')) as (Problem & { repository: string })[];
    assert.ok(Array.isArray(problems));
    for (const p of problems) {
      assert.deepEqual(Object.keys(p).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'repository', 'rule', 'severity']);
      assert.equal(p.repository, 'work', 'no git remote here: the folder name');
      assert.ok(p.line >= 1 && p.column >= 1 && p.endLine >= p.line);
      assert.ok(['error', 'warning', 'info'].includes(p.severity));
    }
    const owner = problems.find((p) => p.rule === 'missing-field');
    assert.equal(owner?.file, 'handoffs/a b.md');
    assert.equal(owner?.severity, 'error');
    assert.equal(problems.find((p) => p.rule === 'empty-section')?.file, 'handoffs/warn.md');
  });

  it('sarif: SARIF 2.1.0 with rules, help text, relative URIs and regions', async () => {
    const text = await output('sarif');
    const json = JSON.parse(await output('json')) as Problem[];
    const log = JSON.parse(text);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /^https:\/\/.*sarif-2\.1\.0/);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'handoff');
    assert.equal(run.tool.driver.version, '1.2.3');
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.map((r: { id: string }) => r.id), [...RULE_IDS, 'config']);
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.equal(rule.helpUri, ruleDocUrl(rule.id));
      assert.match(rule.helpUri, /^https:\/\/.*\/docs\/RULES\.md#[a-z-]+$/);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run.results.length, json.length);
    run.results.forEach((result: any, i: number) => {
      const p = json[i]!;
      assert.equal(result.ruleId, p.rule);
      assert.equal(rules[result.ruleIndex].id, p.rule);
      assert.equal(result.level, { error: 'error', warning: 'warning', info: 'note' }[p.severity]);
      assert.equal(result.message.text, p.message);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, p.file.replace(' ', '%20'));
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(location.region, { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn });
    });
  });

  it('sarif: rule levels follow the config', async () => {
    const run = await runInMemory(['--format', 'sarif'], { '.handoff.yml': 'rules:\n  overdue: error\n  section-order: off\n', 'a.md': '# notes\n' }, runLint);
    const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules;
    const level = (id: string) => rules.find((r: { id: string }) => r.id === id).defaultConfiguration;
    assert.deepEqual(level('overdue'), { level: 'error' });
    assert.deepEqual(level('section-order'), { level: 'none', enabled: false });
  });

  it('github: one workflow command per problem', async () => {
    const lines = (await output('github')).trimEnd().split('\n');
    const json = JSON.parse(await output('json')) as Problem[];
    assert.equal(lines.length, json.length);
    lines.forEach((line, i) => {
      const p = json[i]!;
      const command = { error: 'error', warning: 'warning', info: 'notice' }[p.severity];
      assert.equal(
        line,
        `::${command} file=${p.file},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn},title=${p.rule}::${escapeData(p.message)}`,
      );
    });
  });

  it('github: escapes %, CR, LF, and in properties : and ,', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    const problem: Problem = { file: 'x,y:z.md', line: 1, column: 2, endLine: 1, endColumn: 5, severity: 'info', rule: 'r', message: 'm\nn' };
    assert.equal(formatGithub([problem]), '::notice file=x%2Cy%3Az.md,line=1,col=2,endLine=1,endColumn=5,title=r::m%0An\n');
  });

  it('text: aligned lines per file, a blank line between files, a summary with counts', () => {
    const p = (file: string, line: number, severity: Problem['severity']): Problem => ({
      file, line, column: 1, endLine: line, endColumn: 2, severity, rule: 'some-rule', message: 'Something',
    });
    const text = formatText([p('a.md', 1, 'error'), p('a.md', 10, 'warning'), p('b.md', 2, 'info')], { handoffs: 2 });
    assert.equal(
      text,
      [
        'a.md:1:1   error    Something  some-rule',
        'a.md:10:1  warning  Something  some-rule',
        '',
        'b.md:2:1  info  Something  some-rule',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    assert.equal(formatText([], { handoffs: 3 }), '✔ No problems in 3 handoffs\n');
  });
});

describe('rule documentation links', () => {
  it('point at the repository package.json names, where docs/RULES.md has a section per rule', () => {
    const manifest = JSON.parse(readFileSync(`${repoRoot()}/package.json`, 'utf8'));
    assert.equal(manifest.repository.url.replace(/\.git$/, ''), REPOSITORY_URL);
    const rules = readFileSync(`${repoRoot()}/docs/RULES.md`, 'utf8');
    for (const id of [...RULE_IDS, 'config']) {
      assert.ok(ruleDocUrl(id).endsWith(`/docs/RULES.md#${id}`), id);
      assert.match(rules, new RegExp(`^## ${id}$`, 'm'), `docs/RULES.md has no section for ${id}`);
    }
  });
});
