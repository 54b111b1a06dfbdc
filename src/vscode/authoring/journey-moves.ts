// Renaming or moving handoffs (or folders of them) in the Explorer updates the `follows:`/`links:`
// paths that pointed at them, and the moved handoffs' own relative paths, in the same undoable
// operation as the rename (onWillRenameFiles: VS Code applies the edit in the rename's undo group).
// Which files to look at comes from the index; their text from open editors, else workspace.fs
// (no node:fs: virtual workspaces and the web host work too).
import * as vscode from 'vscode';
import { extname, isAffectedByMoves, MARKDOWN_EXTENSIONS, moveLinkEdits, type PathMove } from '../../core/index';
import { toVsRange } from '../convert';
import type { WorkspaceIndex } from '../workspace-index';

export class JourneyMoves implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspace: WorkspaceIndex) {
    this.subscription = vscode.workspace.onWillRenameFiles((event) => event.waitUntil(this.edits(event.files)));
  }

  /** The link edits for these renames, all in one WorkspaceEdit. */
  async edits(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    // Relative paths cannot cross file systems: group the renames by the one they happen in.
    for (const [root, moves] of movesByRoot(files)) {
      const affected = new Set<string>();
      for (const entry of this.workspace.index.all()) {
        if (entry.journey && entry.path.startsWith(root) && isAffectedByMoves(entry.journey, moves)) affected.add(entry.path);
      }
      // A moved Markdown file the index does not know yet (just created, not yet seen) still gets its own links updated.
      for (const move of moves) if (MARKDOWN_EXTENSIONS.includes(extname(move.from))) affected.add(vscode.Uri.parse(root).with({ path: move.from }).toString());
      await Promise.all(
        [...affected].map(async (key) => {
          const uri = vscode.Uri.parse(key);
          const text = await readText(uri);
          if (text === undefined) return;
          for (const e of moveLinkEdits(text, uri.path, moves)) edit.replace(uri, toVsRange(e.range), e.newText);
        }),
      );
    }
    return edit;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function movesByRoot(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Map<string, PathMove[]> {
  const byRoot = new Map<string, PathMove[]>();
  for (const { oldUri, newUri } of files) {
    const root = oldUri.with({ path: '/', query: '', fragment: '' }).toString();
    if (newUri.with({ path: '/', query: '', fragment: '' }).toString() !== root) continue;
    byRoot.set(root, [...(byRoot.get(root) ?? []), { from: oldUri.path, to: newUri.path }]);
  }
  return byRoot;
}

/** The text an edit applies to: the open document's, else the file's; undefined when it cannot be read. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
