import { describe, expect, it } from 'vitest';
import { liveRun, scenarioOf } from '../../core/export/testing/exportFixtures.ts';
import { ASSUMED_CAPACITY, planLiveTimeScale } from '../../core/live/liveTimeScale.ts';
import { IDLE_SNAPSHOT, type RunSnapshot } from '../run/runSnapshot.ts';
import { exportableFanOutRun } from './exportableFanOutRun.ts';

const { trace } = liveRun();
const calibration = { overheadMs: 4, spreadMs: 1, samples: 12 };

function done(extra: Partial<RunSnapshot>): RunSnapshot {
  return { ...IDLE_SNAPSHOT, status: 'done', trace, predictedMakespanMs: 500, ...extra };
}

describe('exportableFanOutRun', () => {
  it('is null until a run has finished', () => {
    const scenario = scenarioOf('');
    expect(exportableFanOutRun(scenario, IDLE_SNAPSHOT, null)).toBeNull();
    expect(exportableFanOutRun(scenario, { ...done({}), status: 'running' }, null)).toBeNull();
    expect(exportableFanOutRun(null, done({}), null)).toBeNull();
  });

  it('marks a virtual run as simulated, with no live details', () => {
    const run = exportableFanOutRun(scenarioOf(''), done({ engine: 'virtual' }), calibration);
    expect(run).toMatchObject({
      engine: 'virtual',
      simulated: true,
      prediction: { makespanMs: 500 },
      live: null,
    });
    expect(run?.trace).toBe(trace);
  });

  it('keeps what a live run measured of its own reliability', () => {
    const reliability = { hidden: true, maxEventLoopLagMs: 80, saturated: true, notes: ['x'] };
    const run = exportableFanOutRun(
      scenarioOf('engine=live'),
      done({ engine: 'live', reliability, compensationMs: 12 }),
      calibration,
    );
    expect(run).toMatchObject({
      simulated: false,
      live: { reliability, calibration, compensationMs: 12 },
    });
  });

  it('keeps a network run’s reliability, with no calibration and no compensation', () => {
    const reliability = { hidden: false, maxEventLoopLagMs: 9, saturated: false, notes: ['real'] };
    const run = exportableFanOutRun(
      scenarioOf('engine=network'),
      done({ engine: 'network', reliability, compensationMs: 0 }),
      calibration,
    );
    expect(run).toMatchObject({
      engine: 'network',
      simulated: false,
      live: { reliability, calibration: null, compensationMs: 0 },
    });
  });

  it('records a slowed live run’s time scale, which its URLs were divided by', () => {
    const sends = Array.from({ length: 200 }, () => ({ atMs: 0, latencyMs: 20 }));
    const liveScale = planLiveTimeScale({ sends, makespanMs: 20, capacity: ASSUMED_CAPACITY });
    const slowed = exportableFanOutRun(
      scenarioOf('engine=live'),
      done({ engine: 'live', compensationMs: 375, liveScale }),
      calibration,
    );
    expect(liveScale.timeScale).toBeLessThan(1);
    expect(slowed?.live?.timeScale).toBe(liveScale.timeScale);
    const realTime = exportableFanOutRun(
      scenarioOf('engine=live'),
      done({ engine: 'live', compensationMs: 12, liveScale: { ...liveScale, timeScale: 1 } }),
      calibration,
    );
    // At real time nothing is added: the export is byte for byte what it was before scales.
    expect(realTime?.live).not.toHaveProperty('timeScale');
  });
});
