// `handoff list --cache` and `handoff stats --cache`: what a full parse of a handoff gives them —
// its title (the `#` heading when there is no `title` field), its checklist progress and, for
// stats, its lint issues — kept per file by the SHA-256 of its text, the config in force and the
// tool version. Both commands read every handoff's front-matter anyway (it decides what is listed
// and measured, and it holds everything that depends on the date), so only the parse and the
// lint are saved; rules that depend on the date alone are re-run on the front-matter, as in
// lint-cache.ts, so every output is the uncached one on any day.
import { createHash } from 'node:crypto';
import {
  checklistProgress,
  join,
  lintDocument,
  parseHandoff,
  relative,
  RULE_IDS,
  type ChecklistProgress,
  type ConfigInForce,
  type HandoffDocument,
  type HeaderInfo,
  type LintIssue,
  type SeveritySetting,
} from '../core/index';
import { pruneEntries, type CacheScope } from './cache-prune';
import type { CliContext } from './context';
import { configKey } from './lint-cache';
import { datedRules } from './lint-files';

const FORMAT = 1;

/** A lint issue without its fixes: what metrics count. */
type CachedIssue = Omit<LintIssue, 'fixes'>;

export interface DocumentFacts {
  readonly title: string | undefined;
  readonly checklist: ChecklistProgress;
  /** Undefined unless asked for (stats). */
  readonly issues?: readonly CachedIssue[];
  readonly dated?: readonly string[];
}

interface Entry {
  readonly hash: string;
  readonly config: string;
  readonly facts: DocumentFacts;
}

export class FactsCache {
  /** Handoffs this run asked about: their entries are current. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly run: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** `name`: the command, each has its own file. A missing cache is empty; a corrupt or foreign one is ignored with a note. */
  static async open(ctx: CliContext, folder: string, name: 'list' | 'stats'): Promise<FactsCache> {
    const file = join(folder, `${name}-cache.json`);
    const run = `${name} ${ctx.version}`;
    let text: string;
    try {
      text = new TextDecoder().decode(await ctx.fs.readFile(file));
    } catch {
      return new FactsCache(file, run, {});
    }
    const entries = parseEntries(text, run);
    if (entries === undefined) {
      ctx.output.stderr(`handoff: note: ignoring the cache ${relative(ctx.cwd, file) || file}: not a handoff ${name} cache (it will be rewritten)\n`);
      return new FactsCache(file, run, {});
    }
    return new FactsCache(file, run, entries);
  }

  /**
   * The facts of a handoff (text and header as scanned), from the cache when its text and config
   * are unchanged. With `today`, lint issues too: the cached undated ones and the date rules run
   * again on the front-matter.
   */
  facts(path: string, text: string, header: HeaderInfo, found: ConfigInForce, today?: string): DocumentFacts {
    this.seen.add(path);
    const hash = sha256(text);
    const config = configKey(found);
    let entry = this.entries[path];
    if (!entry || entry.hash !== hash || entry.config !== config || (today !== undefined && entry.facts.issues === undefined)) {
      entry = { hash, config, facts: computeFacts(parseHandoff(text, header), found, today) };
      this.entries[path] = entry;
      return withDatedIssues(entry.facts, undefined, found, today);
    }
    return withDatedIssues(entry.facts, header, found, today);
  }

  /** Writes the cache without the entries of files gone or no longer listed (`scope`: what this run would have read). */
  async save(ctx: CliContext, scope: CacheScope): Promise<void> {
    await pruneEntries(this.entries, this.seen, scope, ctx.fs);
    try {
      if (!ctx.writeFile || !ctx.makeDirectory) throw new Error('no files can be written here');
      await ctx.makeDirectory(this.file.slice(0, this.file.lastIndexOf('/')) || '/');
      await ctx.writeFile(this.file, new TextEncoder().encode(JSON.stringify({ tool: 'handoff', format: FORMAT, run: this.run, entries: this.entries })));
    } catch (error) {
      ctx.output.stderr(`handoff: note: cannot write the cache ${this.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

/** What is kept: all issues but those of the date rules, which are kept apart by id. */
function computeFacts(doc: HandoffDocument, found: ConfigInForce, today: string | undefined): DocumentFacts {
  const facts = { title: doc.title, checklist: checklistProgress(doc, found.config) };
  if (today === undefined) return facts;
  const options = { config: found.config, today };
  const dated = datedRules(doc, options);
  const issues = lintDocument(doc, options).map(({ fixes: _fixes, ...issue }) => issue);
  return { ...facts, issues, dated };
}

/**
 * The facts for `today`. A fresh computation (`header` undefined) holds its date issues already;
 * from the cache, the stored date issues are dropped and the date rules run on the front-matter.
 */
function withDatedIssues(facts: DocumentFacts, header: HeaderInfo | undefined, found: ConfigInForce, today: string | undefined): DocumentFacts {
  if (today === undefined || !facts.issues) return facts;
  const dated = facts.dated ?? [];
  const undated = facts.issues.filter((i) => !dated.includes(i.ruleId));
  const stored: DocumentFacts = { ...facts, issues: undated };
  if (header === undefined || !dated.length) return header === undefined ? facts : stored;
  const severities: Record<string, SeveritySetting> = {};
  for (const id of RULE_IDS) if (!dated.includes(id)) severities[id] = 'off';
  const doc: HandoffDocument = { ...header, title: undefined, headings: [], sections: [], taskItems: [], disabledRules: new Set(), bodyStart: 0, limitsExceeded: [] };
  const fresh = lintDocument(doc, { config: found.config, today, severities }).map(({ fixes: _fixes, ...issue }) => issue);
  return { ...stored, issues: [...undated, ...fresh] };
}

function parseEntries(text: string, run: string): Record<string, Entry> | undefined {
  try {
    const data = JSON.parse(text) as { tool?: unknown; format?: unknown; run?: unknown; entries?: unknown } | null;
    if (!data || data.tool !== 'handoff' || data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) return undefined;
    const entries = data.entries as Record<string, Entry>;
    for (const e of Object.values(entries)) {
      const facts = e?.facts;
      const ok =
        typeof e?.hash === 'string' && typeof e.config === 'string' && typeof facts === 'object' && facts !== null &&
        (facts.title === undefined || typeof facts.title === 'string') &&
        typeof facts.checklist?.done === 'number' && typeof facts.checklist.total === 'number' &&
        (facts.issues === undefined || (Array.isArray(facts.issues) && facts.issues.every((i) => typeof i?.ruleId === 'string' && typeof i.severity === 'string'))) &&
        (facts.dated === undefined || (Array.isArray(facts.dated) && facts.dated.every((id) => typeof id === 'string')));
      if (!ok) return undefined;
    }
    return data.run === run ? entries : {};
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
