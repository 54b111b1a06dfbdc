// The workspace index: every handoff's summary and lint issues, by path, updated one file at a
// time. The tree, workspace diagnostics and the dashboard all read it; nothing re-parses a file
// whose text has not changed.
import type { JourneyFacts } from '../journey/facts';
import { lintDocument, lintText, type LintOptions } from '../lint/engine';
import { journeyFacts } from '../lint/workspace-engine';
import type { LintIssue } from '../lint/rule';
import { blankLinesBeforeFrontMatter, mayBeHandoff, parseHandoff } from '../parse/parse-handoff';
import { detach } from '../util/detach';
import { summarizeHandoff, type HandoffSummary } from './summary';

export interface IndexedHandoff {
  /** '/'-separated absolute path (or any stable key the adapter chooses, such as a URI). */
  readonly path: string;
  readonly summary: HandoffSummary;
  readonly issues: readonly LintIssue[];
  /** The first lines of the first section, for tooltips. */
  readonly excerpt: string;
  /** Identifies the text the entry was computed from (adapters pass mtime + size). */
  readonly version: string;
  /** What the cross-document rules and journeys need (lintWorkspace); its `file` is the document's path. */
  readonly journey?: JourneyFacts;
}

/** How a file is indexed: its lint options, and its '/'-separated path when the key is not one (a URI). */
export type IndexOptions = LintOptions & { readonly today: string; readonly documentPath?: string };

/** One file's text to index (`HandoffIndex.updateAll`). */
export interface IndexInput {
  readonly path: string;
  readonly text: string;
  readonly version: string;
  readonly options: IndexOptions;
}

/** Called with the paths that changed, or undefined when everything may have changed. */
export type Listener = (paths: readonly string[] | undefined) => void;

export class HandoffIndex {
  private readonly entries = new Map<string, IndexedHandoff>();
  /** Version of each file last indexed and found not to be a handoff: it need not be read again. */
  private readonly others = new Map<string, string>();
  /**
   * Issues of Markdown that is no handoff only because blank lines stand before its front-matter
   * (front-matter-not-first): shown in the Problems panel as `handoff lint` shows them, never listed.
   */
  private readonly hints = new Map<string, readonly LintIssue[]>();
  private readonly listeners = new Set<Listener>();
  /** `all()`'s answer until the next change: the tree, badge and diagnostics ask for it often. */
  private sorted: IndexedHandoff[] | undefined;
  /** While `updateAll` runs, the changed paths are collected and fired once. */
  private batch: string[] | undefined;

  get(path: string): IndexedHandoff | undefined {
    return this.entries.get(path);
  }

  /** Every handoff, sorted by path (sorted once per change, copied per call). */
  all(): IndexedHandoff[] {
    this.sorted ??= [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return this.sorted.slice();
  }

  /** The lint issues of a file: a handoff's, or the hint on Markdown meant as one. */
  issuesOf(path: string): readonly LintIssue[] | undefined {
    return this.entries.get(path)?.issues ?? this.hints.get(path);
  }

  /** Paths of the non-handoffs that have issues (front-matter-not-first). */
  hinted(): string[] {
    return [...this.hints.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  /** True when `path` was indexed at this version (a handoff or not): the file need not be read. */
  isCurrent(path: string, version: string): boolean {
    return (this.entries.get(path)?.version ?? this.others.get(path)) === version;
  }

  /** Indexes one file's text; a file that is not a handoff is dropped from the index (and remembered as such). */
  update(path: string, text: string, version: string, options: IndexOptions): IndexedHandoff | undefined {
    const entry = indexText(path, text, version, options);
    if (entry) {
      this.set(entry);
    } else {
      this.delete(path);
      this.others.set(path, version);
      // Only such files are linted although no handoff: the hint says why they are not one.
      if (blankLinesBeforeFrontMatter(text) > 0) {
        const issues = lintText(text, options).issues.map(detachIssue);
        if (issues.length) {
          this.hints.set(path, issues);
          this.fire([path]);
        }
      }
    }
    return entry;
  }

  /** `update` for many files, with one change event for all of them (a scan's batch). */
  updateAll(inputs: readonly IndexInput[]): void {
    this.batched(() => {
      for (const input of inputs) this.update(input.path, input.text, input.version, input.options);
    });
  }

  /** Puts a ready entry (e.g. from a persisted cache). */
  set(entry: IndexedHandoff): void {
    this.others.delete(entry.path);
    this.hints.delete(entry.path);
    this.entries.set(entry.path, entry);
    this.fire([entry.path]);
  }

  /** `set` for many entries (a cache's), with one change event. */
  setAll(entries: readonly IndexedHandoff[]): void {
    this.batched(() => {
      for (const entry of entries) this.set(entry);
    });
  }

  /** Records that `path` at `version` is not a handoff (e.g. from a persisted cache). */
  setNotHandoff(path: string, version: string): void {
    this.delete(path);
    this.others.set(path, version);
  }

  /** [path, version] of the files known not to be handoffs, for a persisted cache (not the hinted: they are read again for their issues). */
  notHandoffs(): [string, string][] {
    return [...this.others].filter(([path]) => !this.hints.has(path));
  }

  /** Forgets every path, handoff or not, for which `keep` is false. */
  retain(keep: (path: string) => boolean): void {
    for (const path of [...this.others.keys()]) if (!keep(path)) this.others.delete(path);
    this.batched(() => {
      for (const path of [...this.entries.keys(), ...this.hints.keys()]) if (!keep(path)) this.delete(path);
    });
  }

  delete(path: string): void {
    this.others.delete(path);
    const hinted = this.hints.delete(path);
    if (this.entries.delete(path) || hinted) this.fire([path]);
  }

  clear(): void {
    this.others.clear();
    if (this.entries.size === 0 && this.hints.size === 0) return;
    this.entries.clear();
    this.hints.clear();
    this.fire(undefined);
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private batched(change: () => void): void {
    if (this.batch) return change(); // already inside a batch: its end fires
    const changed: string[] = (this.batch = []);
    try {
      change();
    } finally {
      this.batch = undefined;
    }
    if (changed.length) this.fire(changed);
  }

  private fire(paths: readonly string[] | undefined): void {
    this.sorted = undefined;
    if (this.batch && paths) {
      this.batch.push(...paths);
      return;
    }
    for (const listener of [...this.listeners]) listener(paths);
  }
}

export function indexText(path: string, text: string, version: string, options: IndexOptions): IndexedHandoff | undefined {
  if (!mayBeHandoff(text)) return undefined;
  const doc = parseHandoff(text);
  if (!doc.isHandoff) return undefined;
  const first = doc.sections[0];
  const excerpt = first
    ? doc.text
        .slice(doc.lines.offsetAt(first.bodyRange.start), doc.lines.offsetAt(first.bodyRange.end))
        .split(/\r?\n|\r/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('<!--'))
        .slice(0, 3)
        .join('\n')
    : '';
  // Entries live as long as the index: nothing in them may keep the file's text alive.
  const issues = lintDocument(doc, options).map(detachIssue);
  const journey = journeyFacts(doc, options.documentPath ?? path, options);
  return { path, summary: summarizeHandoff(doc, options.config, options.today), issues, excerpt: detach(excerpt), version, journey };
}

function detachIssue(issue: LintIssue): LintIssue {
  return {
    ...issue,
    message: detach(issue.message),
    fixes: issue.fixes.map((f) => ({ title: detach(f.title), edits: f.edits.map((e) => ({ range: e.range, newText: detach(e.newText) })) })),
  };
}
