import { describe, expect, it } from 'vitest';
import { admitInOrder, type TakeTurn } from './admitInOrder.ts';
import type { Millis } from './clock.ts';
import type { ModelContext } from './modelContext.ts';
import { runOnVirtualClock, VirtualClock } from './virtualClock.ts';

/**
 * A model context on a virtual clock whose `send` logs `start i at t` and answers after
 * `latencyMs`; `cancel()` cancels the request (waking ctx.waitForTurn, as runFanOut does).
 */
function fakeContext(clock: VirtualClock, callCount: number, latencyMs: Millis) {
  const log: string[] = [];
  let cancelled = false;
  const cancelWaits = new AbortController();
  const ctx: ModelContext = {
    clock,
    callCount,
    cancelled: () => cancelled,
    send: async (index) => {
      log.push(`start ${index} at ${clock.now()}`);
      await clock.sleep(latencyMs);
    },
    waitForTurn: (ms, label) => clock.sleep(ms, cancelWaits.signal, label).catch(() => undefined),
    work: (ms) => clock.sleep(ms),
  };
  const cancel = (): void => {
    cancelled = true;
    cancelWaits.abort();
  };
  return { ctx, log, cancel };
}

/** A turn that waits `spacingMs` after the previous start (a spacing throttle), after its slot. */
function spacedTurns(ctx: ModelContext, spacingMs: Millis): TakeTurn {
  let nextStartMs = 0;
  return async (pool) => {
    if (pool) await pool.acquire();
    const now = ctx.clock.now();
    if (nextStartMs > now) await ctx.waitForTurn(nextStartMs - now, 'spacing');
    nextStartMs = Math.max(now, nextStartMs) + spacingMs;
  };
}

describe('admitInOrder', () => {
  it('admits one call per turn, in list order, each after the previous turn ended', async () => {
    const clock = new VirtualClock();
    const { ctx, log } = fakeContext(clock, 3, 500);
    const turns = admitInOrder(ctx, null, spacedTurns(ctx, 100));
    await runOnVirtualClock(clock, () => Promise.all([0, 1, 2].map((i) => turns.send(i))));
    expect(log).toEqual(['start 0 at 0', 'start 1 at 100', 'start 2 at 200']);
  });

  it('with a limit, a call waits for a slot, which the call before it gives back when it ends', async () => {
    const clock = new VirtualClock();
    const { ctx, log } = fakeContext(clock, 4, 100);
    const turns = admitInOrder(ctx, 2, spacedTurns(ctx, 0));
    await runOnVirtualClock(clock, () => Promise.all([0, 1, 2, 3].map((i) => turns.send(i))));
    expect(log).toEqual(['start 0 at 0', 'start 1 at 0', 'start 2 at 100', 'start 3 at 100']);
  });

  it('a call that leaves (a retry giving its turn back) asks again behind the calls queued', async () => {
    const clock = new VirtualClock();
    const { ctx } = fakeContext(clock, 3, 0);
    const turns = admitInOrder(ctx, 1, spacedTurns(ctx, 0));
    const admitted: string[] = [];
    const enter = async (index: number): Promise<void> => {
      await turns.enter(index);
      admitted.push(`${index} at ${clock.now()}`);
    };
    await runOnVirtualClock(clock, async () => {
      const first = enter(0);
      const others = [enter(1), enter(2)];
      await first;
      turns.leave(0);
      const again = enter(0);
      await clock.sleep(50);
      turns.leave(1);
      await clock.sleep(50);
      turns.leave(2);
      await Promise.all([...others, again]);
    });
    expect(admitted).toEqual(['0 at 0', '1 at 0', '2 at 50', '0 at 100']);
  });

  it('once the request is cancelled, the calls still queued go through at once, without a slot', async () => {
    const clock = new VirtualClock();
    const { ctx, log, cancel } = fakeContext(clock, 4, 1000);
    const turns = admitInOrder(ctx, 2, spacedTurns(ctx, 300));
    await runOnVirtualClock(clock, async () => {
      const calls = [0, 1, 2, 3].map((i) => turns.send(i));
      await clock.sleep(200);
      cancel();
      await Promise.all(calls);
    });
    // Call 1 held the second slot while it waited for its start at 300: the cancel at 200 ends
    // that wait and lets it and the rest through, none of them holding a slot (else call 3 would
    // wait for one until 1000).
    expect(log).toEqual(['start 0 at 0', 'start 1 at 200', 'start 2 at 200', 'start 3 at 200']);
  });

  it('a turn stopped with the run gives its slot back and rejects every call still queued', async () => {
    const clock = new VirtualClock();
    const { ctx, log } = fakeContext(clock, 4, 100);
    let turnsTaken = 0;
    const turns = admitInOrder(ctx, 1, async (pool) => {
      if (pool) await pool.acquire();
      turnsTaken += 1;
      if (turnsTaken === 2) throw new Error('the run was stopped');
    });
    const outcomes = await runOnVirtualClock(clock, async () => {
      const settled = Promise.allSettled([0, 1, 2].map((i) => turns.send(i)));
      const results = (await settled).map((r) => r.status);
      // A call that asks after the stop finds the slot free again, not held by the stopped turn.
      await turns.send(3);
      return results;
    });
    expect(outcomes).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(log).toEqual(['start 0 at 0', 'start 3 at 100']);
  });
});
