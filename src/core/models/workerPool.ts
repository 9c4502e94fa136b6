import type { FanOutModel } from '../modelContext.ts';
import { Semaphore } from '../semaphore.ts';

/**
 * At most `limit` calls in flight, FIFO (p-limit, ThreadPoolExecutor(max_workers=limit)): the first
 * `limit` start at 0 and each next call starts the moment any running call ends. A retry that
 * gives its slot back (retrySlot: release) queues for one again at the back.
 */
export function workerPool(limit: number): FanOutModel {
  return async (ctx) => {
    const pool = new Semaphore(limit);
    const slot = { enter: () => pool.acquire(), leave: () => pool.release() };
    const run = async (index: number): Promise<void> => {
      await pool.acquire();
      try {
        await ctx.send(index, slot);
      } finally {
        pool.release();
      }
    };
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(run(i));
    await Promise.all(calls);
  };
}
