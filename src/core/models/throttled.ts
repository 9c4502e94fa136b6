import type { FanOutModel } from '../modelContext.ts';
import type { ThrottleSpec } from '../modelSpec.ts';
import { Semaphore } from '../semaphore.ts';
import { createStartGate } from '../startGate.ts';

/**
 * Limits starts, FIFO: call i starts at the earliest instant t >= s_{i-1} at which the throttle
 * admits a start and (with `limit`) fewer than `limit` calls are in flight. Calls are admitted one
 * at a time in list order, so each start is also >= the previous one.
 */
export function throttled(throttle: ThrottleSpec, limit: number | null): FanOutModel {
  return async (ctx) => {
    const gate = createStartGate(throttle);
    const pool = limit === null ? null : new Semaphore(limit);
    const inFlight: Promise<void>[] = [];
    try {
      for (let i = 0; i < ctx.callCount; i += 1) {
        if (pool) await pool.acquire();
        const now = ctx.clock.now();
        const startAt = gate.earliestStart(now);
        if (startAt > now)
          await ctx.clock.sleep(startAt - now, undefined, `throttle before call ${i}`);
        gate.recordStart(startAt);
        const call = ctx.send(i);
        inFlight.push(pool ? call.finally(() => pool.release()) : call);
      }
    } catch (error) {
      // Aborted while waiting for a start: let the calls already sent settle before giving up.
      await Promise.allSettled(inFlight);
      throw error;
    }
    await Promise.all(inFlight);
  };
}
