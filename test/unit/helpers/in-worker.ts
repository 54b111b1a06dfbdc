// Runs a job of the current test file in a worker thread, so a hang or a runaway allocation fails
// the test instead of freezing mocha: the test file calls `serveJobs(jobs)` at its top level (which
// does nothing on the main thread) and `inWorker(name, input, ...)` in its tests. The worker loads
// the same bundle (`__filename`), whose `describe` calls it skips.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export type Jobs = Record<string, (input: string) => unknown>;

/** In a worker started by inWorker: runs the requested job and posts its result. On the main thread: nothing. */
export function serveJobs(jobs: Jobs): void {
  if (isMainThread || !workerData?.job) return;
  const { job, input } = workerData as { job: string; input: string };
  parentPort!.postMessage(jobs[job]!(input));
}

/** True in the worker: test files wrap their `describe` in `if (!IN_WORKER)`. */
export const IN_WORKER = !isMainThread;

/**
 * The job's result, or a rejection when it runs past `budgetMs` (the worker is then terminated,
 * which interrupts even a backtracking regular expression) or past `maxHeapMb` of heap.
 */
export function inWorker<T>(file: string, job: string, input: string, budgetMs: number, maxHeapMb = 512): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(file, { workerData: { job, input }, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${job} did not finish within ${budgetMs} ms`));
    }, budgetMs);
    worker.once('message', (result: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
