import type { Admission, FanOutModel } from '../modelContext.ts';
import type { ThrottleSpec } from '../modelSpec.ts';
import { Semaphore } from '../semaphore.ts';
import { createStartGate } from '../startGate.ts';

/**
 * Limits starts, FIFO: call i starts at the earliest instant t >= s_{i-1} at which the throttle
 * admits a start and (with `limit`) fewer than `limit` calls are in flight. One loop grants
 * admissions in the order they were asked for (each waits for the previous), so each start is
 * also >= the previous one. A retry that gives its admission back asks again, at the back.
 */
export function throttled(throttle: ThrottleSpec, limit: number | null): FanOutModel {
  return async (ctx) => {
    const gate = createStartGate(throttle);
    const pool = limit === null ? null : new Semaphore(limit);
    const waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
    let head = 0;
    let granting = false;
    const grantInOrder = async (): Promise<void> => {
      granting = true;
      try {
        while (head < waiting.length) {
          if (pool) await pool.acquire();
          const now = ctx.clock.now();
          const startAt = gate.earliestStart(now);
          if (startAt > now) await ctx.clock.sleep(startAt - now, undefined, `throttle at ${now}`);
          gate.recordStart(startAt);
          (waiting[head++] as { resolve: () => void }).resolve();
        }
      } catch (error) {
        // Aborted while waiting: nobody still queued will be admitted.
        while (head < waiting.length)
          (waiting[head++] as { reject: (e: unknown) => void }).reject(error);
      } finally {
        granting = false;
      }
    };
    const admit = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!granting) void grantInOrder();
      });
    const admission: Admission = { enter: admit, leave: () => pool?.release() };
    const run = async (index: number): Promise<void> => {
      await admit();
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
