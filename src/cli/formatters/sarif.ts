// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it (upload with
// github/codeql-action/upload-sarif). URIs are relative to the repository root, with uriBaseId
// %SRCROOT%. Each rule links its section of docs/RULES.md; each result carries a fingerprint that
// survives line shifts, so code scanning tracks an alert across commits instead of reopening it.
import { createHash } from 'node:crypto';
import { REPOSITORY_URL, ruleDocUrl, type SeveritySetting } from '../../core/index';
import type { Problem } from './json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';


export interface SarifRule {
  readonly id: string;
  /** One line (the rule's `description`). */
  readonly description: string;
  /** Its section of docs/RULES.md (a registered rule's `meta.docs.url`). */
  readonly url: string;
  /** The severity in force (default, or as configured). */
  readonly severity: SeveritySetting;
}

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  /** The repository linted (repository.ts): the run's `properties.repository`, which merge-reports keeps runs apart by. */
  readonly repository?: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<SeveritySetting, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** The key of our fingerprint in `partialFingerprints`; bump the version if the hashed text changes. */
export const FINGERPRINT_KEY = 'handoffProblemHash/v1';

/** `failure`: why the run linted nothing (still a valid log, with the reason as a notification). */
export function formatSarif(problems: readonly Problem[], rules: readonly SarifRule[], tool: SarifTool, failure?: string): string {
  // A result whose rule is not in the list (e.g. a config problem) still gets a rule and a help link.
  const known = new Set(rules.map((r) => r.id));
  const extra = [...new Set(problems.map((p) => p.rule).filter((id) => !known.has(id)))].map(
    (id): SarifRule => ({ id, description: `Reported by Handoff as ${id}`, url: ruleDocUrl(id), severity: 'error' }),
  );
  const allRules = [...rules, ...extra];
  const ruleIndex = new Map(allRules.map((r, i) => [r.id, i]));
  const fingerprints = fingerprintsOf(problems);
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
            informationUri: REPOSITORY_URL,
            rules: allRules.map(sarifRule),
          },
        },
        invocations: [
          failure === undefined
            ? { executionSuccessful: true }
            : { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: failure } }] },
        ],
        columnKind: 'utf16CodeUnits',
        ...(tool.repository === undefined ? {} : { properties: { repository: tool.repository } }),
        results: problems.map((p, i) => ({
          ruleId: p.rule,
          ruleIndex: ruleIndex.get(p.rule)!,
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
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i]! },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}


function sarifRule(rule: SarifRule) {
  const sentence = /[.!?]$/.test(rule.description) ? rule.description : `${rule.description}.`;
  const disable = `Change its severity in .handoff.yml (\`rules: { ${rule.id}: warning }\`) or turn it off for one file with <!-- handoff-disable ${rule.id} -->.`;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${sentence} Reported by the Handoff linter for Markdown handoff notes.` },
    helpUri: rule.url,
    help: {
      text: `${sentence}\n\n${disable.replace(/`/g, '')}\nMore: ${rule.url}`,
      markdown: `**${rule.id}**: ${sentence}\n\n${disable.replace('<!--', '`<!--').replace(/-->\.$/, '-->`.')}\n\n[Documentation](${rule.url})`,
    },
    defaultConfiguration: rule.severity === 'off' ? { level: 'none', enabled: false } : { level: LEVEL[rule.severity] },
    properties: { tags: ['handoff', 'documentation'] },
  };
}

/**
 * rule + file + the flagged line's normalized text (not its number, so the fingerprint survives
 * lines added above it), then `:n` for the n-th identical problem in the file, as GitHub's own
 * line hashes do.
 */
function fingerprintsOf(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((p) => {
    const hash = createHash('sha256').update(`${p.rule}\u0000${p.file}\u0000${p.lineText ?? ''}`).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

/** A relative file path as a URI reference: each segment percent-encoded, '/' kept. */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
