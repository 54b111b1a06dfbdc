// `follows:` and `links:` paths as links (Ctrl+click opens the handoff it continues). They are read
// from the front-matter alone, with the core's resolution (relative to the document).
import * as vscode from 'vscode';
import { linkRefs, mayBeHandoff, readHeader } from '../../core/index';
import { toVsRange } from '../convert';

export class JourneyLinkProvider implements vscode.DocumentLinkProvider {
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const text = document.getText();
    if (!mayBeHandoff(text)) return [];
    const header = readHeader(text);
    return [...linkRefs(header, 'follows', document.uri.path), ...linkRefs(header, 'links', document.uri.path)].flatMap((link) =>
      link.path === undefined ? [] : [new vscode.DocumentLink(toVsRange(link.range), document.uri.with({ path: link.path }))],
    );
  }
}
