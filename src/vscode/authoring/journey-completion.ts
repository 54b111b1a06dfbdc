// Completion of `follows:`/`links:` paths from the workspace's handoffs (the index the tree shows:
// no scan of its own). The core finds the value and the relative paths; this converts.
import * as vscode from 'vscode';
import { linkSuggestions, linkValueAt, mayBeHandoff, readHeader, type JourneyFacts } from '../../core/index';
import { toCompletionItem, toVsRange } from '../convert';
import type { WorkspaceIndex } from '../workspace-index';

export class JourneyLinkCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly workspace: WorkspaceIndex) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const text = document.getText();
    if (!mayBeHandoff(text)) return undefined;
    const ctx = linkValueAt(readHeader(text), position);
    if (!ctx) return undefined;
    // Relative paths lead only to files of the same file system as the document.
    const root = document.uri.with({ path: '/', query: '', fragment: '' }).toString();
    const handoffs: JourneyFacts[] = [];
    for (const entry of this.workspace.index.all()) if (entry.journey && entry.path.startsWith(root)) handoffs.push(entry.journey);
    const range = toVsRange(ctx.range);
    return linkSuggestions(ctx, document.uri.path, handoffs).map((s) => toCompletionItem(s, range));
  }
}
