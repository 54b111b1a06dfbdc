// A tiny concurrency limiter: at most `max` tasks run at once, the rest wait in order.
// Only leaf I/O goes through it (never a task that awaits other limited tasks), so it cannot deadlock.

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  const limit = Math.max(1, Math.floor(max));
  let running = 0;
  // A queue with a moving head: shift() on an array of thousands of waiters is O(n) each time.
  const waiting: ((() => void) | undefined)[] = [];
  let head = 0;
  const release = () => {
    running--;
    if (head === waiting.length) return;
    const next = waiting[head];
    waiting[head++] = undefined;
    if (head === waiting.length) waiting.length = head = 0;
    next!();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** No limit: for file systems whose operations complete before they return (FileSystem.sync). */
export const unlimited: Limiter = (task) => task();
