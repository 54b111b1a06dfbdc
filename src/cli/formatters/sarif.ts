// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it (upload with
// github/codeql-action/upload-sarif). URIs are relative to the current folder, the repository root
// in CI, with uriBaseId %SRCROOT%. Rules carry their help text inline: a relative link to
// docs/RULES.md would not resolve for code scanning, and there is no hosted docs URL to point to.
import type { SeveritySetting } from '../../core/index';
import type { Problem } from './json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifRule {
  readonly id: string;
  /** One line (the rule's `description`). */
  readonly description: string;
  /** The severity in force (default, or as configured). */
  readonly severity: SeveritySetting;
}

export interface SarifTool {
  readonly name: string;
  readonly version: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<SeveritySetting, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export function formatSarif(problems: readonly Problem[], rules: readonly SarifRule[], tool: SarifTool): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            rules: rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: problems.map((p) => ({
          ruleId: p.rule,
          ...(ruleIndex.has(p.rule) ? { ruleIndex: ruleIndex.get(p.rule) } : {}),
          level: LEVEL[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(p.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: SarifRule) {
  const sentence = /[.!?]$/.test(rule.description) ? rule.description : `${rule.description}.`;
  const where = `Documented under \`${rule.id}\` in docs/RULES.md of the Handoff extension.`;
  const disable = `Change its severity in .handoff.yml (\`rules: { ${rule.id}: warning }\`) or turn it off for one file with <!-- handoff-disable ${rule.id} -->.`;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${sentence} Reported by the Handoff linter for Markdown handoff notes.` },
    help: {
      text: `${sentence}\n\n${where.replace(/`/g, '')}\n${disable.replace(/`/g, '')}`,
      markdown: `**${rule.id}**: ${sentence}\n\n${where}\n\n${disable.replace('<!--', '`<!--').replace(/-->\.$/, '-->`.')}`,
    },
    defaultConfiguration: rule.severity === 'off' ? { level: 'none', enabled: false } : { level: LEVEL[rule.severity] },
    properties: { tags: ['handoff', 'documentation'] },
  };
}

/** A relative file path as a URI reference: each segment percent-encoded, '/' kept. */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
