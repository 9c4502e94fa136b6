import type { Admission, FanOutModel } from '../modelContext.ts';
import type { ThrottleSpec } from '../modelSpec.ts';
import { Semaphore } from '../semaphore.ts';
import { createStartGate } from '../startGate.ts';

/** One call's wait for admission: resolved with whether it holds a pool slot. */
interface Waiter {
  readonly resolve: (holdsSlot: boolean) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Limits starts, FIFO: call i starts at the earliest instant t >= s_{i-1} at which the throttle
 * admits a start and (with `limit`) fewer than `limit` calls are in flight. One loop grants
 * admissions in the order they were asked for (each waits for the previous), so each start is
 * also >= the previous one. A retry that gives its admission back asks again, at the back. Once
 * the request is cancelled (even while a call waits for its start) the rest are let through at
 * once, without a slot or a start: they will be skipped, and pacing them would only delay the
 * request.
 */
export function throttled(throttle: ThrottleSpec, limit: number | null): FanOutModel {
  return async (ctx) => {
    const gate = createStartGate(throttle);
    const pool = limit === null ? null : new Semaphore(limit);
    let waiting: Waiter[] = [];
    let head = 0;
    let granting = false;
    const grantInOrder = async (): Promise<void> => {
      granting = true;
      let holding = false;
      try {
        while (head < waiting.length) {
          const next = waiting[head] as Waiter;
          head += 1;
          if (ctx.cancelled()) {
            next.resolve(false);
            continue;
          }
          if (pool) await pool.acquire();
          holding = pool !== null;
          const now = ctx.clock.now();
          const startAt = gate.earliestStart(now);
          if (startAt > now) await ctx.waitForTurn(startAt - now, `throttle at ${now}`);
          if (ctx.cancelled()) {
            // Cancelled while this call waited for its start: it gets neither slot nor start.
            if (holding) pool?.release();
            holding = false;
            next.resolve(false);
            continue;
          }
          gate.recordStart(startAt);
          holding = false;
          next.resolve(pool !== null);
          // Drop granted waiters now and then, so a long run does not keep them all.
          if (head > 1024 && head * 2 > waiting.length) {
            waiting = waiting.slice(head);
            head = 0;
          }
        }
      } catch (error) {
        // Aborted while waiting: the slot taken for this start goes back, and nobody still
        // queued will be admitted.
        if (holding) pool?.release();
        (waiting[head - 1] as Waiter).reject(error);
        while (head < waiting.length) (waiting[head++] as Waiter).reject(error);
      } finally {
        granting = false;
      }
    };
    const admit = (): Promise<boolean> =>
      new Promise<boolean>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!granting) void grantInOrder();
      });
    // Which calls hold a pool slot: a retry that gives its admission back (retrySlot: release)
    // asks again, and a call let through after a cancel holds none.
    const holdsSlot = new Uint8Array(ctx.callCount);
    const admission: Admission = {
      enter: async (index) => {
        holdsSlot[index] = (await admit()) ? 1 : 0;
      },
      leave: (index) => {
        if (holdsSlot[index] === 1) pool?.release();
        holdsSlot[index] = 0;
      },
    };
    const run = async (index: number): Promise<void> => {
      await admission.enter(index);
      try {
        await ctx.send(index, admission);
      } finally {
        admission.leave(index);
      }
    };
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(run(i));
    await Promise.all(calls);
  };
}
