// Activation time in a real VS Code 1.100 extension host (code-server + headless chromium, the
// same host as the integration tests, test/host/): opens a generated repo as the workspace with the
// production build as the development extension, and reads the host's activation marks.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ActivationResult {
  readonly loadMs: number | null;
  readonly activateMs: number | null;
  readonly totalMs: number | null;
  readonly activatedAtStartup: boolean;
  readonly vscode: string;
  /** Present when the CLI's counts were passed in (see host-probe.ts). */
  readonly firstScan?: FirstScanResult;
}

/** Milliseconds from the start of loading the extension; null when not reached in 10 minutes. */
export interface FirstScanResult {
  readonly treeMs: number | null;
  readonly problemsMs: number | null;
  /** CPU time of the extension host process (user + system) at those two moments. */
  readonly treeCpuMs?: number | null;
  readonly problemsCpuMs?: number | null;
  readonly expectedOpen: number;
  readonly expectedProblems: number;
  /** What the tree and the Problems panel held at the end. */
  readonly open: number;
  readonly problems: number;
}

interface HostModules {
  session: { createSession(name: string): { dir: string; onDispose(fn: () => void): void; dispose(): void } };
  server: {
    startServer(dir: string): Promise<{ kill(): void }>;
    workbenchUrl(server: unknown, folder: string, o: { extensionDevelopmentPath: string; extensionTestsPath: string }): string;
  };
  browser: { openPage(): Promise<{ browser: unknown; page: { goto(url: string): Promise<unknown> } }>; closeBrowser(b: unknown): Promise<void> };
  install: { isInstalled(): boolean; ensureHost(): void };
}

function hostModules(root: string): HostModules {
  // Loaded at run time from the checkout (they locate the host relative to themselves).
  const load = (name: string) => require(path.join(root, 'test', 'host', name)) as never;
  return { session: load('session.js'), server: load('server.js'), browser: load('browser.js'), install: load('install-host.js') };
}

/**
 * One activation in a fresh host (so a cold first scan: no index cache yet); `extensionDir` holds
 * package.json and dist/extension.js. With `expect` (the CLI's counts) it also times the first scan.
 */
export async function measureActivation(root: string, extensionDir: string, probeJs: string, workspace: string, expect?: { open: number; problems: number }): Promise<ActivationResult> {
  const host = hostModules(root);
  host.install.ensureHost();
  const session = host.session.createSession('bench'); // no timeoutMs: its timer would end the whole bench
  try {
    const resultFile = path.join(session.dir, 'activation.json');
    process.env.HANDOFF_BENCH_RESULT = resultFile; // reaches the extension host through the server's environment
    if (expect) process.env.HANDOFF_BENCH_EXPECT = JSON.stringify(expect);
    else delete process.env.HANDOFF_BENCH_EXPECT;
    const server = await host.server.startServer(session.dir);
    session.onDispose(() => server.kill());
    const { browser, page } = await host.browser.openPage();
    try {
      await page.goto(host.server.workbenchUrl(server, workspace, { extensionDevelopmentPath: extensionDir, extensionTestsPath: probeJs }));
      const deadline = Date.now() + (expect ? 780_000 : 180_000); // the probe gives the first scan 600 s
      while (!fs.existsSync(resultFile)) {
        if (Date.now() > deadline) throw new Error('no activation result from the extension host in time');
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 100)); // let the write finish
      return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as ActivationResult;
    } finally {
      await host.browser.closeBrowser(browser);
    }
  } finally {
    session.dispose();
  }
}
