import { describe, expect, it } from 'vitest';
import { simulateServer } from '../../core/server/simulateServer.ts';
import { serverInput } from '../../core/server/testing/serverInputs.ts';
import {
  largestBurst,
  maxHonestTimeScale,
  mockedRateNote,
  mockedRequestInstantsMs,
  peakMockedRatePerSec,
} from './mockedRate.ts';

// 30 requests on 30 workers, 4 sequential calls of 100 ms: 30 sends and 30 calls at 0, then 30
// calls at 100, 200 and 300 (experiment ms): 150 mocked requests in all.
const wide = await simulateServer(
  serverInput({ requests: 30, processes: 30 }, { name: 'sequential' }, [100, 100, 100, 100]),
);

describe('the mocked request rate of a server run', () => {
  it('lists every request sent and every call taken by the upstream, in time order', () => {
    const instants = Array.from(mockedRequestInstantsMs(wide));
    expect(instants.length).toBe(150);
    expect(instants.filter((t) => t === 0).length).toBe(60);
    expect(instants.at(-1)).toBe(300);
  });

  it('counts the densest wall second at a time scale', () => {
    const instants = mockedRequestInstantsMs(wide);
    expect(peakMockedRatePerSec(instants, 1)).toBe(150);
    expect(peakMockedRatePerSec(instants, 0.2)).toBe(90);
    expect(peakMockedRatePerSec(instants, 0.21)).toBe(120);
    expect(peakMockedRatePerSec(new Float64Array(), 1)).toBe(0);
  });

  it('finds the largest time scale that keeps every wall second at 100 or fewer', () => {
    const instants = mockedRequestInstantsMs(wide);
    expect(maxHonestTimeScale(instants)).toBe(0.2);
    expect(maxHonestTimeScale(instants, 200)).toBe(Infinity);
    expect(maxHonestTimeScale(new Float64Array(101))).toBe(0);
  });

  it('notes a run above the honest rate with the time scale to use, and no other', () => {
    expect(mockedRateNote(wide, 0.2)).toBeNull();
    expect(mockedRateNote(wide, 1)).toMatch(
      /up to 150 mocked requests .* at time scale 1, .* Try a time scale of 0\.2 or less\./,
    );
  });

  it('says when no time scale spreads a burst out, and which one keeps its cost small', async () => {
    // 60 requests at once, each with one 1000 ms call: 120 mocked requests at t = 0.
    const burst = await simulateServer(
      serverInput(
        { requests: 60, concurrency: 60, processes: 60 },
        { name: 'promise-all' },
        [1000],
      ),
    );
    expect(largestBurst(mockedRequestInstantsMs(burst))).toBe(120);
    // 120 x 1.2 = 144 wall ms; 5% of 1000 ms allows a time scale of 0.347.
    expect(mockedRateNote(burst, 1)).toMatch(
      /120 of them go out at the same instant, .* about 144 ms .* time scale of 0\.34 or less keeps that under 5% of the run; fewer requests/,
    );
    expect(mockedRateNote(burst, 0.3)).toMatch(/about 144 ms .* Fewer requests or a lower/);
  });
});
