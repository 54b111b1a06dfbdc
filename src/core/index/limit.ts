// A tiny concurrency limiter: at most `max` tasks run at once, the rest wait in order.
// Only leaf I/O goes through it (never a task that awaits other limited tasks), so it cannot deadlock.

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  const limit = Math.max(1, Math.floor(max));
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
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

/** No limit: for file systems whose operations complete before they return (FileSystem.synchronous). */
export const unlimited: Limiter = (task) => task();
