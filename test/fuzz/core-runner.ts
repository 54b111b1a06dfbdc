// Runs checkCore in a worker thread under a watchdog: a document that hangs the core (a runaway
// regex, an exponential parse) is stopped at the budget and reported, and the next one gets a
// fresh worker. The budget counts the worker thread's CPU time (Linux: /proc/self/task/<tid>/stat),
// not wall time, so a machine busy with other work cannot make a document look hung. The same
// bundle is the worker (see main.ts).
import { readFileSync, readlinkSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../src/core/index';
import { checkCore, type CoreResult } from './check-core';

interface Request {
  readonly id: number;
  readonly text: string;
  readonly salt: number;
}

interface Reply {
  readonly id: number;
  readonly result: CoreResult;
  readonly ms: number;
}

/** The worker's first message: its thread id in /proc (undefined off Linux: wall time is used instead). */
interface Hello {
  readonly tid: string | undefined;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux we run). */
const TICKS_PER_SECOND = 100;
const POLL_MS = 100;

/** The CPU time a thread has used, in ms, or undefined when /proc cannot say. */
function threadCpuMs(tid: string | undefined): number | undefined {
  if (tid === undefined) return undefined;
  try {
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

export type CoreOutcome = { readonly result: CoreResult; readonly ms: number } | { readonly timedOut: true; readonly ms: number };

export function isCoreWorker(): boolean {
  return !isMainThread && (workerData as { fuzzCore?: boolean } | undefined)?.fuzzCore === true;
}

/** The worker's loop: one document per message. */
export function runCoreWorker(): void {
  const { configText } = workerData as { configText: string };
  const { config } = loadConfig(configText);
  let tid: string | undefined;
  try {
    tid = readlinkSync('/proc/thread-self').split('/').pop();
  } catch {
    tid = undefined;
  }
  parentPort!.postMessage({ tid } satisfies Hello);
  parentPort!.on('message', ({ id, text, salt }: Request) => {
    const started = performance.now();
    const result = checkCore(text, config, salt);
    parentPort!.postMessage({ id, result, ms: performance.now() - started } satisfies Reply);
  });
}

export class CoreRunner {
  private worker: { readonly thread: Worker; readonly tid: Promise<string | undefined> } | undefined;
  private nextId = 0;

  constructor(
    private readonly script: string,
    private readonly configText: string,
  ) {}

  /** Checks one document; stops it when it has used `budgetMs` of CPU (or of wall time, off Linux). */
  async check(text: string, salt: number, budgetMs: number): Promise<CoreOutcome> {
    const worker = (this.worker ??= this.start());
    const { thread } = worker;
    const tid = await worker.tid;
    const id = this.nextId++;
    const startedWall = performance.now();
    const startedCpu = threadCpuMs(tid);
    const used = () => {
      const cpu = threadCpuMs(tid);
      return startedCpu === undefined || cpu === undefined ? performance.now() - startedWall : cpu - startedCpu;
    };
    return new Promise((resolve, reject) => {
      const done = () => {
        clearInterval(watchdog);
        thread.off('message', onMessage);
        thread.off('error', onError);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        resolve({ result: reply.result, ms: used() });
      };
      const onError = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      const watchdog = setInterval(() => {
        const ms = used();
        if (ms < budgetMs) return;
        done();
        this.worker = undefined;
        void thread.terminate();
        resolve({ timedOut: true, ms });
      }, POLL_MS);
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.postMessage({ id, text, salt } satisfies Request);
    });
  }

  async close(): Promise<void> {
    await this.worker?.thread.terminate();
    this.worker = undefined;
  }

  private start(): { thread: Worker; tid: Promise<string | undefined> } {
    // About the main thread's stack (V8's default, 984 KB), as in the extension host and the CLI;
    // a worker's default of 4 MB would hide a stack overflow they hit.
    const thread = new Worker(this.script, { workerData: { fuzzCore: true, configText: this.configText }, resourceLimits: { stackSizeMb: 1 } });
    const tid = new Promise<string | undefined>((resolve) => thread.once('message', (hello: Hello) => resolve(hello.tid)));
    return { thread, tid };
  }
}
