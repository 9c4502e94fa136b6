import { describe, expect, it } from 'vitest';
import { faultSetupOf } from '../core/faults/faultSetup.ts';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls, type Scenario } from '../core/scenario.ts';
import { simulateFanOut } from '../core/simulate.ts';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import type { RunEvent } from '../core/trace.ts';
import { compensationMarginMs } from './calibrate.ts';
import { liveEngineHarness } from './testing/liveEngineHarness.ts';
import { HOP_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';
import { copiesOf, timesOf } from './testing/traceDigest.ts';

// Live runs at a time scale (LiveRunOptions.timeScale): the model's clock and the calls'
// latencies are scaled, the trace and the events stay in the scenario's ms. As in the other live
// tests, a time is compared with its due time plus the lateness of plain timers watched beside
// the run (in wall ms, so times `scale` in scenario ms), never with a fixed window.
const { engine, run } = liveEngineHarness();

describe('a live run at a time scale', () => {
  it('keeps its times in the scenario’s ms while the wall clock runs slower by the scale', async () => {
    const timeScale = 1 / 4;
    const calls = fixedCalls([20, 40, 60]);
    const events: RunEvent[] = [];
    const lateness = watchTimerLateness();
    const startedWallMs = performance.now();
    const { trace } = await run(
      calls,
      { name: 'promise-all' },
      { compensate: true, timeScale, onEvent: (e) => events.push(e) },
    );
    const wallMs = performance.now() - startedWallMs;
    const lateMs = lateness.stop();
    // Held until due (compensation) in wall ms, so in scenario ms never short of the latency;
    // late by at most what delayed plain timers, scaled back into the scenario's ms.
    for (const call of trace.calls) {
      const durationMs = call.endedAtMs - call.startedAtMs;
      expect(durationMs).toBeGreaterThanOrEqual(call.latencyMs - 1e-6);
      expect(durationMs).toBeLessThanOrEqual(call.latencyMs + (lateMs + HOP_SLACK_MS) * timeScale);
    }
    // The slowest call took 60 scenario ms, so 240 wall ms: the run cannot have been quicker.
    expect(wallMs).toBeGreaterThanOrEqual(60 / timeScale - 1e-6);
    expect(trace.makespanMs).toBeLessThanOrEqual(wallMs * timeScale);
    // The events carry the same scenario times as the trace.
    const ends = events.flatMap((e) => (e.type === 'call-end' ? [e.span.endedAtMs] : []));
    expect(ends.sort((a, b) => a - b)).toEqual(
      trace.calls.map((c) => c.endedAtMs).sort((a, b) => a - b),
    );
  });

  it('replays the virtual run of a seed with faults, timeouts and retries, in scenario ms', async () => {
    // Deadlines sit 300 scenario ms past the slowest answer (see liveEngineFaults.test.ts).
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      run: { ...DEFAULT_SCENARIO.run, seed: 183 },
      fanOut: {
        ...DEFAULT_SCENARIO.fanOut,
        model: 'promise-all',
        calls: [20, 40, 60, 80].map((ms, i) => ({
          service: ['session', 'business', 'user', 'reviews'][i] as string,
          latency: { kind: 'fixed' as const, ms },
        })),
      },
      faults: {
        ...DEFAULT_SCENARIO.faults,
        errorRates: [{ service: '*', pct: 30 }],
        hangRates: [{ service: '*', pct: 15 }],
        busyRates: [{ service: '*', pct: 15 }],
        hangForMs: 800,
        retryAfterS: 0,
      },
      policy: {
        ...DEFAULT_SCENARIO.policy,
        retries: 2,
        backoffMs: 10,
        jitter: 'none',
        timeoutMs: 400,
        settle: 'allSettled',
      },
    };
    const faults = faultSetupOf(scenario);
    if (faults === undefined) throw new Error('the scenario has no faults');
    const calls = planCalls(scenario.fanOut.calls, scenario.run.seed);
    const spec = modelSpecOf(scenario.fanOut);
    const virtual = await simulateFanOut(calls, spec, { faults });
    const timeScale = 1 / 2;
    const lateness = watchTimerLateness();
    const { trace: live } = await run(calls, spec, { faults, compensate: true, timeScale });
    const lateMs = lateness.stop();
    expect(copiesOf(live)).toEqual(copiesOf(virtual));
    expect(live.outcome?.status).toBe(virtual.outcome?.status);
    const copies = virtual.calls.reduce((sum, call) => sum + (call.attempts?.length ?? 1), 0);
    const liveTimes = timesOf(live);
    timesOf(virtual).forEach((expectedMs, i) => {
      expect(liveTimes[i], `time ${i}`).toBeGreaterThanOrEqual(expectedMs - 1e-6);
      expect(liveTimes[i], `time ${i}`).toBeLessThanOrEqual(
        expectedMs + (lateMs + HOP_SLACK_MS * copies) * timeScale,
      );
    });
  });

  it('compensates with the planner’s margin when it is wider than the calibrated one', async () => {
    const calls = fixedCalls([150, 150]);
    const wide = await run(calls, { name: 'promise-all' }, { compensate: true, marginMs: 120 });
    const calibration = engine.calibration();
    if (calibration === null) throw new Error('a compensated run calibrates first');
    const calibratedMs = compensationMarginMs(calibration);
    expect(wide.compensationMs).toBe(Math.max(calibratedMs, 120));
    const narrow = await run(calls, { name: 'promise-all' }, { compensate: true, marginMs: 0.5 });
    expect(narrow.compensationMs).toBe(Math.max(calibratedMs, 0.5));
    // Without compensation the margin asks for nothing.
    const off = await run(calls, { name: 'promise-all' }, { compensate: false, marginMs: 120 });
    expect(off.compensationMs).toBe(0);
  });

  it('refuses a scale that is not a finite number above 0, before sending anything', async () => {
    for (const timeScale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const events: RunEvent[] = [];
      await expect(
        run(
          fixedCalls([10]),
          { name: 'sequential' },
          { timeScale, onEvent: (e) => events.push(e) },
        ),
      ).rejects.toThrow(/A time scale must be a finite number above 0/);
      expect(events).toEqual([]);
    }
  });
});
