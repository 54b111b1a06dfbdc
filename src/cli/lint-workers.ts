// Whole-repo lint on worker threads. The calling thread walks the folders, then hands out chunks
// of files to the workers; each worker reads, parses and lints its files with the same lintFile,
// and asks the calling thread for the config of each folder it meets (configs are loaded, cached
// and reported there, exactly as without threads). The calling thread lints nothing itself, so it
// answers those questions at once.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ConfigInForce, FoundFile } from '../core/index';
import { lintFilesHere, type ConfigFor, type FileOutcome, type LintSettings, type LintWorkers } from './lint-files';
import { NodeFileSystem } from './node-file-system';

/** `workerData.role` of a lint worker (main.ts starts one when it sees it). */
export const LINT_WORKER_ROLE = 'handoff-lint-worker';
/** Files per message: small enough to balance the threads, big enough to keep messages rare. */
const CHUNK = 48;

type ToWorker =
  | { readonly kind: 'files'; readonly files: readonly FoundFile[] }
  | { readonly kind: 'config'; readonly folder: string; readonly config: ConfigInForce }
  | { readonly kind: 'stop' };

type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'outcomes'; readonly outcomes: readonly FileOutcome[] }
  | { readonly kind: 'config'; readonly folder: string };

interface WorkerData {
  readonly role: string;
  readonly settings: LintSettings;
}

export class LintWorkerPool implements LintWorkers {
  /**
   * @param script the bundle to run in each worker (dist/cli.js: main.ts starts runLintWorker there)
   * @param threads how many workers
   */
  constructor(
    private readonly script: string,
    private readonly threads: number,
    readonly minFiles = 400,
  ) {}

  async lint(files: readonly FoundFile[], configFor: ConfigFor, settings: LintSettings): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = [];
    let next = 0;
    const take = () => (next < files.length ? files.slice(next, (next += CHUNK)) : undefined);
    const data: WorkerData = { role: LINT_WORKER_ROLE, settings };
    const finished = Array.from({ length: this.threads }, () => {
      const worker = new Worker(this.script, { workerData: data });
      const send = (message: ToWorker) => worker.postMessage(message);
      const feed = () => {
        const chunk = take();
        send(chunk ? { kind: 'files', files: chunk } : { kind: 'stop' });
      };
      return new Promise<void>((resolve, reject) => {
        worker.on('message', (message: FromWorker) => {
          if (message.kind === 'ready') feed();
          else if (message.kind === 'outcomes') {
            outcomes.push(...message.outcomes);
            feed();
          } else {
            void configFor(message.folder).then((config) => send({ kind: 'config', folder: message.folder, config }));
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
      });
    });
    await Promise.all(finished);
    return outcomes;
  }
}

/** The worker side: lints the chunks it is sent until told to stop. */
export function runLintWorker(): void {
  const port = parentPort!;
  const { settings } = workerData as WorkerData;
  const fs = new NodeFileSystem();
  const configs = new Map<string, Promise<ConfigInForce>>();
  const answers = new Map<string, (config: ConfigInForce) => void>();
  const configFor: ConfigFor = (folder) => {
    let config = configs.get(folder);
    if (!config) {
      config = new Promise((resolve) => answers.set(folder, resolve));
      configs.set(folder, config);
      port.postMessage({ kind: 'config', folder } satisfies FromWorker);
    }
    return config;
  };
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'files') {
      void lintFilesHere(fs, message.files, configFor, settings).then((outcomes) => port.postMessage({ kind: 'outcomes', outcomes } satisfies FromWorker));
    } else if (message.kind === 'config') {
      answers.get(message.folder)?.(message.config);
      answers.delete(message.folder);
    } else port.close();
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
}

/** True in a thread started by LintWorkerPool. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerData> | null)?.role === LINT_WORKER_ROLE;
}
