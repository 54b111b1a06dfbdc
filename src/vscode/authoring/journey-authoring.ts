// The journey features of the editor, wired in one place: `follows:`/`links:` paths as links and
// completions, and the rename participant that keeps them pointing at moved handoffs.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspace-index';
import { JourneyLinkCompletion } from './journey-completion';
import { JourneyLinkProvider } from './journey-links';
import { JourneyMoves } from './journey-moves';

const MARKDOWN = { language: 'markdown' };

export function registerJourneyAuthoring(workspace: WorkspaceIndex): vscode.Disposable[] {
  return [
    vscode.languages.registerDocumentLinkProvider(MARKDOWN, new JourneyLinkProvider()),
    // ' ' after `follows:` or `- `, '/' inside a path, quotes opening one.
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new JourneyLinkCompletion(workspace), ' ', '/', '"', "'"),
    new JourneyMoves(workspace),
  ];
}
