import { describe, expect, it } from 'vitest';
import { createExperimentClock } from './experimentClock.ts';

describe('createExperimentClock', () => {
  it('counts experiment ms: the wall clock times the time scale, sleeps divided by it', async () => {
    const clock = createExperimentClock(10, new AbortController().signal);
    const wallFromMs = performance.now();
    await clock.sleep(300);
    const wallMs = performance.now() - wallFromMs;
    expect(clock.now()).toBeGreaterThanOrEqual(300);
    expect(clock.now()).toBeLessThan(300 + 10 * 15);
    expect(wallMs).toBeGreaterThanOrEqual(29);
    expect(wallMs).toBeLessThan(30 + 15);
  });

  it('ends every sleep when the run stops, also one started without a signal', async () => {
    const run = new AbortController();
    const clock = createExperimentClock(2, run.signal);
    const own = new AbortController();
    const plain = clock.sleep(1000);
    const withSignal = clock.sleep(1000, own.signal);
    run.abort('stopped');
    await expect(plain).rejects.toBe('stopped');
    await expect(withSignal).rejects.toBe('stopped');
  });

  it('refuses a time scale that is not a finite number above 0', () => {
    const signal = new AbortController().signal;
    for (const scale of [0, -1, Infinity, Number.NaN]) {
      expect(() => createExperimentClock(scale, signal)).toThrow(/time scale .* above 0/);
    }
  });
});
