// Reads the `handoff.*` settings. Settings hold editor behaviour only; team rules live in `.handoff.yml`.
import * as vscode from 'vscode';
import type { SeveritySetting } from '../core/index';

export type LintScope = 'open' | 'workspace';

export interface Settings {
  readonly lintScope: LintScope;
  readonly ruleSeverities: Readonly<Record<string, SeveritySetting>>;
  readonly exclude: readonly string[];
  readonly me: string | undefined;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('handoff', scope);
  return {
    lintScope: c.get<LintScope>('lint.scope', 'workspace'),
    ruleSeverities: c.get<Record<string, SeveritySetting>>('lint.rules', {}),
    exclude: c.get<string[]>('exclude', []),
    me: c.get<string>('me')?.trim() || undefined,
  };
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('handoff') || event.affectsConfiguration('files.exclude') || event.affectsConfiguration('search.exclude');
}
