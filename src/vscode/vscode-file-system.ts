// The core's FileSystem port over vscode.workspace.fs, so scanning also works in remote and
// virtual workspaces. Core paths are the URI's path; scheme and authority come from the folder.
import * as vscode from 'vscode';
import type { DirectoryEntry, FileKind, FileStat, FileSystem } from '../core/index';

export class VscodeFileSystem implements FileSystem {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(path)).then(undefined, rethrow);
  }

  async readDirectory(path: string): Promise<readonly DirectoryEntry[]> {
    const entries = await vscode.workspace.fs.readDirectory(this.uri(path)).then(undefined, rethrow);
    return entries.map(([name, type]) => ({ name, kind: type & vscode.FileType.SymbolicLink ? 'symlink' : kindOf(type) }));
  }

  async stat(path: string): Promise<FileStat> {
    const s = await vscode.workspace.fs.stat(this.uri(path)).then(undefined, rethrow);
    return { kind: kindOf(s.type), size: s.size, mtime: s.mtime };
  }
}

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** FileSystemError carries its reason in `code` (FileNotFound, NoPermissions …), which the core understands. */
function rethrow(error: unknown): never {
  throw error;
}
