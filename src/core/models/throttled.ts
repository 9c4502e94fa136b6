import type { Admission, FanOutModel } from '../modelContext.ts';
import type { ThrottleSpec } from '../modelSpec.ts';
import { Semaphore } from '../semaphore.ts';
import { createStartGate } from '../startGate.ts';

/**
 * Limits starts, FIFO: call i starts at the earliest instant t >= s_{i-1} at which the throttle
 * admits a start and (with `limit`) fewer than `limit` calls are in flight. Admissions are
 * granted one at a time in list order (each waits for the previous), so each start is also
 * >= the previous one. A retry that gives its admission back queues again at the back.
 */
export function throttled(throttle: ThrottleSpec, limit: number | null): FanOutModel {
  return async (ctx) => {
    const gate = createStartGate(throttle);
    const pool = limit === null ? null : new Semaphore(limit);
    let previous: Promise<void> = Promise.resolve();
    const admit = (label: string): Promise<void> => {
      const turn = previous.then(async () => {
        if (pool) await pool.acquire();
        const now = ctx.clock.now();
        const startAt = gate.earliestStart(now);
        if (startAt > now) await ctx.clock.sleep(startAt - now, undefined, label);
        gate.recordStart(startAt);
      });
      previous = turn.catch(() => undefined);
      return turn;
    };
    const admission: Admission = {
      enter: () => admit('throttle before a retry'),
      leave: () => pool?.release(),
    };
    const run = async (index: number): Promise<void> => {
      await admit(`throttle before call ${index}`);
      try {
        await ctx.send(index, admission);
      } finally {
        pool?.release();
      }
    };
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(run(i));
    await Promise.all(calls);
  };
}
