// The core's promises on one document, checked independently of the core's own helpers where it
// matters (line splitting, edit application, the YAML read of the result): lint never throws,
// every problem lies inside the text, every fix and status edit stays inside the text and keeps
// the front-matter's YAML valid and its other keys as they were, and the result reads again.
import { parseDocument, isMap } from 'yaml';
import {
  acceptEdits,
  applyEdits,
  findFrontMatter,
  lintText,
  nextStatuses,
  readHeader,
  returnEdits,
  setStatusEdits,
  statusStamps,
  type FieldEdits,
  type HandoffConfig,
  type HandoffDocument,
  type Range,
  type TextEdit,
} from '../../src/core/index';
import { TODAY } from '../generators/today';

export { TODAY };
const ME = 'fuzz@example.com';
const REASONS = ['Missing the signed contract', 'a: b', '"quoted"', "it's #1", '- dash', 'two\nlines', '', ' padded ', 'ü ✓', '[x]', '|', '*alias'];

export interface Failure {
  /** A short stable name (`position`, `fix-yaml`, `exception:lint`…): the minimizer keeps a document failing the same check. */
  readonly check: string;
  readonly message: string;
}

export interface CoreResult {
  readonly failures: Failure[];
  readonly issues: number;
  readonly fixes: number;
  readonly edits: number;
}

export function checkCore(text: string, config: HandoffConfig, salt = 0): CoreResult {
  const failures: Failure[] = [];
  const fail = (check: string, message: string) => failures.push({ check, message });
  let linted;
  try {
    linted = lintText(text, { config, today: TODAY });
  } catch (error) {
    fail('exception:lint', describe(error));
    return { failures, issues: 0, fixes: 0, edits: 0 };
  }
  const { doc, issues } = linted;
  // In an unclosed block the body is front-matter too: only status edits are held to its YAML there.
  const unclosed = findFrontMatter(doc.text)?.unclosed === true;
  const subject: Subject = { doc, lines: splitLines(doc.text), starts: lineStarts(doc.text), yaml: readYaml(doc.text), unclosed, relinted: new Set() };
  let fixes = 0;
  // Several problems often offer the same fix (a missing section is also an outdated template): check each once.
  const seen = new Set<string>();
  for (const issue of issues) {
    const bad = badRange(issue.range, subject.lines);
    if (bad) fail('position', `${issue.ruleId} "${issue.message}": ${bad}`);
    for (const fix of issue.fixes) {
      fixes++;
      const key = JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      checkEdits(`fix "${fix.title}" (${issue.ruleId})`, 'fix', subject, fix.edits, {}, config, fail);
    }
  }
  let edits = 0;
  if (doc.isHandoff) {
    const reason = REASONS[salt % REASONS.length]!;
    const statuses = nextStatuses(doc, config);
    const status = statuses[salt % Math.max(1, statuses.length)] ?? 'open';
    const changes: Array<[string, () => FieldEdits, Record<string, string>]> = [
      ['accept', () => acceptEdits(doc, config, TODAY, ME), { status: 'accepted', accepted_by: ME, accepted_at: TODAY }],
      ['return', () => returnEdits(doc, reason, config, TODAY), { status: 'returned', returned_reason: reason, returned_at: TODAY }],
      [`advance to ${status}`, () => setStatusEdits(doc, status, config, TODAY), { status, ...statusStamps(status, config, TODAY) }],
    ];
    for (const [name, make, expected] of changes) {
      let made: FieldEdits;
      try {
        made = make();
      } catch (error) {
        fail('exception:edit', `${name}: ${describe(error)}`);
        continue;
      }
      edits++;
      // A refusal is an answer (the command shows its message), as long as it says something.
      if (made.refused !== undefined) {
        if (!made.refused.trim()) fail('edit-refused-silently', `${name}: refused with an empty message`);
        continue;
      }
      checkEdits(name, 'edit', subject, made.edits, expected, config, fail);
    }
  }
  return { failures, issues: issues.length, fixes, edits };
}

/**
 * Applies edits by splicing (so nothing outside them can change) after checking each range is a
 * real place in the text, then checks the YAML of the result and lints it again. `expected`: the
 * keys the edits set and their values; every other key must keep its value.
 */
/** The document under test and what every check of its edits needs, computed once. */
interface Subject {
  readonly doc: HandoffDocument;
  readonly lines: readonly string[];
  readonly starts: readonly number[];
  /** The front-matter before any edit (see readYaml). */
  readonly yaml: Map<string, string> | undefined;
  readonly unclosed: boolean;
  /** Results linted already: different edits often give the same text. */
  readonly relinted: Set<string>;
}

function checkEdits(
  name: string,
  kind: 'fix' | 'edit',
  { doc, lines, starts, yaml, unclosed, relinted }: Subject,
  edits: readonly TextEdit[],
  expected: Readonly<Record<string, string>>,
  config: HandoffConfig,
  fail: (check: string, message: string) => void,
): void {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  for (const edit of edits) {
    const bad = badRange(edit.range, lines);
    if (bad) return fail(`${kind}-range`, `${name}: ${bad}`);
    spans.push({ start: starts[edit.range.start.line]! + edit.range.start.character, end: starts[edit.range.end.line]! + edit.range.end.character, text: edit.newText });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) return fail(`${kind}-overlap`, `${name}: edits overlap`);
  }
  let result = doc.text;
  for (const span of [...spans].reverse()) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  try {
    if (applyEdits(doc.text, edits) !== result) fail(`${kind}-apply`, `${name}: applyEdits changed bytes outside the edits`);
  } catch (error) {
    fail(`exception:${kind}-apply`, `${name}: ${describe(error)}`);
  }
  if (kind === 'edit') {
    const block = findFrontMatter(doc.text);
    const limit = block ? block.end : 0;
    if (spans.some((s) => s.end > limit)) fail('edit-outside-front-matter', `${name}: an edit reaches past the front-matter`);
  }
  const before = kind === 'fix' && unclosed ? undefined : yaml;
  if (before) {
    const after = readYaml(result);
    if (!after) {
      fail(`${kind}-yaml`, `${name}: valid front-matter became invalid YAML`);
    } else {
      for (const [key, value] of before) {
        if (key in expected) continue;
        if (!after.has(key)) fail(`${kind}-lost-key`, `${name}: key "${key}" disappeared`);
        else if (kind === 'edit' && after.get(key) !== value) fail(`${kind}-changed-key`, `${name}: key "${key}" changed from ${value} to ${after.get(key)}`);
      }
      for (const [key, value] of Object.entries(expected)) {
        const got = after.get(key);
        if (got !== canonical(value)) fail(`${kind}-wrong-value`, `${name}: ${key} is ${got ?? 'missing'}, expected ${canonical(value)}`);
      }
    }
  }
  if (relinted.has(result)) return;
  relinted.add(result);
  try {
    // A fix's result is linted again; a status edit's only has its front-matter read again (that is
    // all it changes, and a full lint of three edits per document would double the run).
    if (kind === 'fix') lintText(result, { config, today: TODAY });
    else readHeader(result);
  } catch (error) {
    fail(`exception:${kind}-relint`, `${name}: ${describe(error)}`);
  }
}

/**
 * The front-matter as the user reads it (any line break a line break, as in the editor), keys to
 * canonical values; undefined unless it is a valid YAML mapping.
 */
const ORACLE_MAX_YAML = 64 * 1024;

function readYaml(text: string): Map<string, string> | undefined {
  // An unclosed block counts too: it may still be valid YAML (`...` ends it for YAML, not for us).
  const block = findFrontMatter(text);
  if (!block) return undefined;
  // The oracle's own parse is what would hang on hostile front-matter (1.5 MB of `[` takes yaml
  // 19 s), so it reads only what could be a real handoff's; past that, edits are not compared.
  if (block.contentEnd - block.contentStart > ORACLE_MAX_YAML) return undefined;
  const yaml = text.slice(block.contentStart, block.contentEnd).replace(/\r\n?/g, '\n');
  try {
    const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
    if (document.errors.length || (document.contents !== null && !isMap(document.contents))) return undefined;
    const js: unknown = document.toJS({ mapAsMap: true, maxAliasCount: 100 });
    const map = new Map<string, string>();
    if (js instanceof Map) for (const [key, value] of js) map.set(String(key), canonical(value));
    return map;
  } catch {
    return undefined;
  }
}

function canonical(value: unknown): string {
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${canonical(k)}:${canonical(v)}`).sort().join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Uint8Array) return `bytes:${Array.from(value).join(' ')}`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Lines as the editor counts them: `\r\n`, `\r` and `\n` end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Offsets of each line's first character, with the same line breaks as splitLines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** Why a range is not a place in the text, or undefined when it is (0-based lines and characters). */
export function badRange(range: Range, lines: readonly string[]): string | undefined {
  for (const [name, pos] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(pos.line) || pos.line < 0 || pos.line >= lines.length) return `${name} line ${pos.line} outside 0..${lines.length - 1}`;
    const length = lines[pos.line]!.length;
    if (!Number.isInteger(pos.character) || pos.character < 0 || pos.character > length) {
      return `${name} character ${pos.character} outside line ${pos.line} (length ${length})`;
    }
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return 'start after end';
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
