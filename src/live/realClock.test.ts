import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRealClock } from './realClock.ts';
import { TIMER_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';

afterEach(() => vi.restoreAllMocks());

describe('createRealClock', () => {
  it('counts from 0 at its creation', async () => {
    const beforeMs = performance.now();
    const clock = createRealClock();
    const madeMs = performance.now();
    // Its time is the wall time since it was made, which lies between the wall instants around
    // its creation and around each read.
    const expectBracketed = () => {
      const fromMs = performance.now();
      const nowMs = clock.now();
      const toMs = performance.now();
      expect(nowMs).toBeGreaterThanOrEqual(fromMs - madeMs);
      expect(nowMs).toBeLessThanOrEqual(toMs - beforeMs);
    };
    expectBracketed();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expectBracketed();
  });

  it.each([0, 0.4, 3.7, 30])(
    'never wakes before %d ms have passed on its own clock, nor later than plain timers beside it',
    async (ms) => {
      const clock = createRealClock();
      for (let i = 0; i < 5; i += 1) {
        const lateness = watchTimerLateness();
        const fromMs = clock.now();
        await clock.sleep(ms);
        const sleptMs = clock.now() - fromMs;
        const lateMs = lateness.stop();
        expect(sleptMs).toBeGreaterThanOrEqual(ms);
        expect(sleptMs).toBeLessThanOrEqual(ms + lateMs + TIMER_SLACK_MS);
      }
    },
  );

  it('rejects with the reason and clears its timer when aborted', async () => {
    const clearTimeout = vi.spyOn(globalThis, 'clearTimeout');
    const setTimeout = vi.spyOn(globalThis, 'setTimeout');
    const clock = createRealClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(10_000, controller.signal);
    const timer = setTimeout.mock.results[0]?.value as unknown;
    expect(timer).toBeDefined();
    const reason = new Error('reset');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(clearTimeout).toHaveBeenCalledWith(timer);
  });

  it('rejects at once, setting no timer, when the signal is already aborted', async () => {
    const setTimeout = vi.spyOn(globalThis, 'setTimeout');
    const clock = createRealClock();
    const signal = AbortSignal.abort('gone');
    const addListener = vi.spyOn(signal, 'addEventListener');
    let settled = false;
    const sleeping = clock.sleep(50, signal).finally(() => (settled = true));
    // At once: settled within the promise jobs already queued, before any timer or I/O could run.
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    await expect(sleeping).rejects.toBe('gone');
    expect(setTimeout).not.toHaveBeenCalled();
    expect(addListener).not.toHaveBeenCalled();
    // The spy does see the clock's timers: the same sleep with a live signal sets one.
    const live = clock.sleep(50, new AbortController().signal);
    expect(setTimeout).toHaveBeenCalledTimes(1);
    await live;
  });

  it('leaves no abort listener behind on a signal that outlives the sleep', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await createRealClock().sleep(2.5, controller.signal);
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);
  });

  it('ends every sleep due by the time one ends in the same task, earliest first', async () => {
    const clock = createRealClock();
    const order: string[] = [];
    let laterEnded = false;
    let seenFromFirst: boolean | null = null;
    const first = clock.sleep(5).then(() => {
      order.push('first');
      // A job queued now runs after every job already queued in this task: if the other sleep
      // ended in this task, its continuation is among them.
      queueMicrotask(() => (seenFromFirst = laterEnded));
    });
    const later = clock.sleep(5.2).then(() => {
      order.push('later');
      laterEnded = true;
    });
    // Both are due before either timer can fire: the thread is busy past them.
    const busyUntil = performance.now() + 15;
    while (performance.now() < busyUntil) {
      // Busy: a page whose main thread is taken when its calls fall due.
    }
    await Promise.all([first, later]);
    expect(order).toEqual(['first', 'later']);
    expect(seenFromFirst).toBe(true);
  });
});
