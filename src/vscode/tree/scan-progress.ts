import * as vscode from 'vscode';

/** Past this a scan shows progress on the view; a quicker one would only make the view flicker. */
const QUIET_MS = 1000;

/** Shows the view's progress bar while `scan` runs, once it has run longer than a second. */
export function showProgressWhenSlow(viewId: string, scan: Promise<void>): void {
  let done = false;
  const settled = scan.then(
    () => void (done = true),
    () => void (done = true), // the scan's own caller reports its failure
  );
  const timer = setTimeout(() => {
    if (!done) void vscode.window.withProgress({ location: { viewId } }, () => settled);
  }, QUIET_MS);
  void settled.then(() => clearTimeout(timer));
}
