import type { FanOutModel, ModelShape } from '../modelContext.ts';
import { Semaphore } from '../semaphore.ts';

/**
 * At most `limit` calls in flight, FIFO (p-limit, ThreadPoolExecutor(max_workers=limit)): the first
 * `limit` start at 0 and each next call starts the moment any running call ends. `send` is told
 * the pool, so that a retry can give its slot back and queue again (retrySlot: release).
 */
export function workerPool(limit: number): FanOutModel {
  return async (ctx) => {
    const pool = new Semaphore(limit);
    const run = async (index: number): Promise<void> => {
      await pool.acquire();
      try {
        await ctx.send(index, pool);
      } finally {
        pool.release();
      }
    };
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(run(i));
    await Promise.all(calls);
  };
}

/** Every call is queued at once: after a failure the pool still sends the rest. */
export const shape: ModelShape = 'fan-out';
