import { describe, expect, it } from 'vitest';
import type { Calibration } from '../../core/liveTypes.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import { calibrationWhenKnown } from './calibrationWhenKnown.ts';

/** An engine whose calibration the test sets, telling its listeners. */
function measuringEngine() {
  let calibration: Calibration | null = null;
  let problem: string | null = null;
  const listeners = new Set<() => void>();
  const port: LiveEnginePort = {
    run: () => Promise.reject(new Error('not in this test')),
    calibration: () => calibration,
    calibrationProblem: () => problem,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    port,
    listeners,
    measure: (next: Calibration) => {
      calibration = next;
      listeners.forEach((listener) => listener());
    },
    fail: (why: string) => {
      problem = why;
      listeners.forEach((listener) => listener());
    },
  };
}

const MEASURED: Calibration = { overheadMs: 6, spreadMs: 2, samples: 12 };

describe('the calibration a live run plans with', () => {
  it('waits for a calibration still being measured, then lets go of the engine', async () => {
    const engine = measuringEngine();
    const known = calibrationWhenKnown(engine.port, new AbortController().signal);
    expect(engine.listeners.size).toBe(1);
    engine.measure(MEASURED);
    await expect(known).resolves.toEqual(MEASURED);
    expect(engine.listeners.size).toBe(0);
  });

  it('is the measured one at once, and null once the measurement failed', async () => {
    const engine = measuringEngine();
    engine.measure(MEASURED);
    await expect(calibrationWhenKnown(engine.port, new AbortController().signal)).resolves.toBe(
      MEASURED,
    );
    const failing = measuringEngine();
    const known = calibrationWhenKnown(failing.port, new AbortController().signal);
    failing.fail('unreachable');
    await expect(known).resolves.toBeNull();
  });

  it('stops waiting when the run is reset', async () => {
    const engine = measuringEngine();
    const controller = new AbortController();
    const known = calibrationWhenKnown(engine.port, controller.signal);
    controller.abort('reset');
    await expect(known).rejects.toBe('reset');
    expect(engine.listeners.size).toBe(0);
  });
});
