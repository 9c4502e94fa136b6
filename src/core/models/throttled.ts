import { admitInOrder } from '../admitInOrder.ts';
import type { FanOutModel, ModelShape } from '../modelContext.ts';
import type { ThrottleSpec } from '../modelSpec.ts';
import { createStartGate } from '../startGate.ts';

/**
 * Limits starts, FIFO: call i starts at the earliest instant t >= s_{i-1} at which the throttle
 * admits a start and (with `limit`) fewer than `limit` calls are in flight. The calls take their
 * turns one at a time, in list order (admitInOrder.ts, which also lets a retry queue again and
 * lets the rest through at once when the request is cancelled).
 */
export function throttled(throttle: ThrottleSpec, limit: number | null): FanOutModel {
  return async (ctx) => {
    const gate = createStartGate(throttle);
    // A call's turn: a free slot in the pool (with `limit`), then the throttle's next start.
    const turns = admitInOrder(ctx, limit, async (pool) => {
      if (pool) await pool.acquire();
      const now = ctx.clock.now();
      const startAt = gate.earliestStart(now);
      if (startAt > now) await ctx.waitForTurn(startAt - now, 'the throttle');
      gate.recordStart(startAt);
    });
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(turns.send(i));
    await Promise.all(calls);
  };
}

/** Every call is queued at once: after a failure the throttle still sends the rest. */
export const shape: ModelShape = 'fan-out';
