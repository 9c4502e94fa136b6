import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { PendingTimers } from './pendingTimers.ts';

/** Resolves with how long after its start a wait of `delayMs` ended. */
function endedAfterMs(timers: PendingTimers, delayMs: number): Promise<number> {
  const startMs = performance.now();
  return new Promise((resolve) => timers.wait(delayMs, () => resolve(performance.now() - startMs)));
}

describe('PendingTimers', () => {
  it('never ends a wait before its delay, for whole, fractional, tail-sized and zero delays', async () => {
    const timers = new PendingTimers();
    const delaysMs = [0, 0.3, 1, 1.5, 2, 2.7, 5, 12.25, 30];
    const ended = await Promise.all(delaysMs.map((ms) => endedAfterMs(timers, ms)));
    ended.forEach((afterMs, i) => expect(afterMs).toBeGreaterThanOrEqual(delaysMs[i] ?? 0));
    expect(timers.size).toBe(0);
  });

  it('never ends a wait synchronously, even a 0 ms one', () => {
    const timers = new PendingTimers();
    let due = false;
    timers.wait(0, () => (due = true));
    expect(due).toBe(false);
    expect(timers.size).toBe(1);
    timers.clearAll();
  });

  it('runs nothing for a cancelled wait, in its timer or in its tail', async () => {
    const timers = new PendingTimers();
    const ran: number[] = [];
    const cancelLong = timers.wait(20, () => ran.push(20));
    const cancelTail = timers.wait(1, () => ran.push(1));
    cancelLong();
    cancelTail();
    expect(timers.size).toBe(0);
    await endedAfterMs(timers, 30);
    expect(ran).toEqual([]);
  });

  it('clears every wait left on a stop and says how many there were', async () => {
    const timers = new PendingTimers();
    const ran: number[] = [];
    timers.wait(10, () => ran.push(10));
    timers.wait(0.5, () => ran.push(0.5));
    expect(timers.clearAll()).toBe(2);
    expect(timers.size).toBe(0);
    await endedAfterMs(timers, 20);
    expect(ran).toEqual([]);
  });
});
