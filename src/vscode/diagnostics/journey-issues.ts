// The cross-document rules (broken-link, follows-cycle, missing-next) over the workspace index, as
// `handoff lint` runs them over its scan: recomputed (debounced) whenever the index changes. The
// index is keyed by URI; journey facts by path, which is what links resolve against.
import * as vscode from 'vscode';
import { linkTargets, lintWorkspace, type JourneyFacts, type LintIssue, type TargetKind } from '../../core/index';
import type { WorkspaceIndex } from '../workspace-index';
import { Debouncer } from './debouncer';

const RECOMPUTE_DELAY_MS = 250;
const NONE: readonly LintIssue[] = [];

export class JourneyIssues implements vscode.Disposable {
  private issues = new Map<string, readonly LintIssue[]>();
  private readonly pending = new Debouncer(RECOMPUTE_DELAY_MS);
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the index keys (URI strings) whose cross-document issues changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: { dispose(): void };
  private run = 0;

  constructor(private readonly workspace: WorkspaceIndex) {
    this.subscription = workspace.index.onDidChange(() => this.pending.schedule('all', () => void this.recompute()));
  }

  /** The cross-document issues of the file with this index key. */
  get(key: string): readonly LintIssue[] {
    return this.issues.get(key) ?? NONE;
  }

  private async recompute(): Promise<void> {
    const run = ++this.run;
    // Once per scan, not per batch of it: each run reads every handoff's facts.
    await this.workspace.ready;
    if (run !== this.run) return;
    const entries = this.workspace.index.all();
    const keyOf = new Map<string, string>();
    const handoffs: JourneyFacts[] = [];
    for (const entry of entries) {
      if (!entry.journey) continue;
      keyOf.set(entry.journey.file, entry.path);
      handoffs.push(entry.journey);
    }
    const targets = await this.targets(handoffs, keyOf);
    if (run !== this.run) return; // the index changed meanwhile: a newer run publishes
    const found = lintWorkspace(handoffs, { targets, today: this.workspace.today.local() });
    const next = new Map<string, readonly LintIssue[]>();
    for (const [file, issues] of found) next.set(keyOf.get(file)!, issues);
    const keys = new Set([...this.issues.keys(), ...next.keys()]);
    const changed = [...keys].filter((k) => JSON.stringify(this.issues.get(k)) !== JSON.stringify(next.get(k)));
    this.issues = next;
    if (changed.length) this.changed.fire(changed);
  }

  /** Existing link targets outside the index: Markdown there is excluded or not a handoff. */
  private async targets(handoffs: readonly JourneyFacts[], keyOf: ReadonlyMap<string, string>): Promise<Map<string, TargetKind>> {
    const kinds = new Map<string, TargetKind>();
    const base = keyOf.values().next().value;
    if (base === undefined) return kinds;
    const root = vscode.Uri.parse(base);
    await Promise.all(
      linkTargets(handoffs).map(async (path) => {
        const stat = await vscode.workspace.fs.stat(root.with({ path })).then(
          (s) => s,
          () => undefined,
        );
        if (stat) kinds.set(path, 'file');
      }),
    );
    return kinds;
  }

  dispose(): void {
    this.subscription.dispose();
    this.pending.dispose();
    this.changed.dispose();
  }
}
