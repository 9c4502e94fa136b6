import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRealClock } from './realClock.ts';

afterEach(() => vi.restoreAllMocks());

describe('createRealClock', () => {
  it('counts from 0 at its creation', async () => {
    const clock = createRealClock();
    expect(clock.now()).toBeGreaterThanOrEqual(0);
    expect(clock.now()).toBeLessThan(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now()).toBeGreaterThanOrEqual(18);
  });

  it.each([0, 0.4, 3.7, 30])(
    'never wakes before %d ms have passed on its own clock, and soon after',
    async (ms) => {
      const clock = createRealClock();
      for (let i = 0; i < 5; i += 1) {
        const fromMs = clock.now();
        await clock.sleep(ms);
        const sleptMs = clock.now() - fromMs;
        expect(sleptMs).toBeGreaterThanOrEqual(ms);
        expect(sleptMs).toBeLessThan(ms + 20);
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
    await expect(createRealClock().sleep(50, AbortSignal.abort('gone'))).rejects.toBe('gone');
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('leaves no abort listener behind on a signal that outlives the sleep', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await createRealClock().sleep(2.5, controller.signal);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);
  });
});
