// The guard against stale diagnostics. Linting an open document awaits its config (a file read
// the first time a folder is looked up, and after a config change), so an edit, a close or a reset
// can come in while it runs: its result is then dropped, never published. Each of those brings
// its own newer result (the edit a debounced lint, the reset a lint of every open document) or
// needs none (the close). Plain promises, no `vscode`: the unit tests drive the interleavings.

/** What the guard reads of a document (a vscode.TextDocument is one). */
export interface VersionedDocument {
  readonly version: number;
  readonly isClosed: boolean;
}

export class FreshResults {
  private generation = 0;

  /** Every lint in flight is stale from now on (the config or the settings changed). */
  invalidate(): void {
    this.generation++;
  }

  /**
   * Runs `lint` and hands its result to `publish` unless the document was edited or closed, or
   * `invalidate` was called, while it ran. Resolves with whether it published.
   */
  async publishIfCurrent<T>(document: VersionedDocument, lint: () => Promise<T>, publish: (result: T) => void): Promise<boolean> {
    const version = document.version;
    const generation = this.generation;
    const result = await lint();
    if (generation !== this.generation || document.version !== version || document.isClosed) return false;
    publish(result);
    return true;
  }
}
