import { describe, expect, it } from 'vitest';
import { createExperimentClock } from './experimentClock.ts';

describe('createExperimentClock', () => {
  it('counts experiment ms: the wall clock times the time scale, sleeps divided by it', async () => {
    const beforeMs = performance.now();
    const clock = createExperimentClock(10, new AbortController().signal);
    const madeMs = performance.now();
    // 300 experiment ms are 30 wall ms: the sleep ends before a plain 300 ms timer that starts
    // alongside; causality, not a time window, since a busy machine delays both. Never sooner.
    const plain = new Promise<'plain timer'>((resolve) => setTimeout(resolve, 300, 'plain timer'));
    const first = await Promise.race([clock.sleep(300).then(() => 'experiment sleep'), plain]);
    const readFromMs = performance.now();
    const nowMs = clock.now();
    const readToMs = performance.now();
    expect(first).toBe('experiment sleep');
    expect(nowMs).toBeGreaterThanOrEqual(300);
    // Experiment time is 10 x the wall time since the clock was made, which lies between the
    // wall instants around the clock's creation and around this read.
    expect(nowMs).toBeGreaterThanOrEqual(10 * (readFromMs - madeMs));
    expect(nowMs).toBeLessThanOrEqual(10 * (readToMs - beforeMs));
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
