import { describe, expect, it } from 'vitest';
import { requestsOnWireSteps } from './requestsOnWire.ts';
import type { AttemptSpan, CallSpan } from './trace.ts';

const call = (
  index: number,
  startedAtMs: number,
  endedAtMs: number,
  attempts?: readonly AttemptSpan[],
): CallSpan => ({
  request: 0,
  index,
  service: `s${index}`,
  latencyMs: endedAtMs - startedAtMs,
  readyAtMs: 0,
  startedAtMs,
  endedAtMs,
  status: 'ok',
  ...(attempts ? { attempts } : {}),
});

const copy = (
  attempt: number,
  startedAtMs: number,
  endedAtMs: number,
  hedge = false,
): AttemptSpan => ({
  attempt,
  hedge,
  latencyMs: endedAtMs - startedAtMs,
  startedAtMs,
  endedAtMs,
  outcome: 'ok',
});

describe('requestsOnWireSteps', () => {
  it('counts a call without recorded copies as its own single copy (a plain run)', () => {
    expect(requestsOnWireSteps([call(0, 0, 100), call(1, 50, 150)])).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 50, inFlight: 2 },
      { atMs: 100, inFlight: 1 },
      { atMs: 150, inFlight: 0 },
    ]);
  });

  it('counts a hedged call twice while both copies are out', () => {
    const hedged = call(0, 0, 300, [copy(0, 0, 300), copy(1, 100, 300, true)]);
    expect(requestsOnWireSteps([hedged])).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 100, inFlight: 2 },
      { atMs: 300, inFlight: 0 },
    ]);
  });

  it('counts nothing on the wire during a retry backoff, though the call is not finished', () => {
    const retried = call(0, 0, 400, [copy(0, 0, 100), copy(1, 300, 400)]);
    expect(requestsOnWireSteps([retried])).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 100, inFlight: 0 },
      { atMs: 300, inFlight: 1 },
      { atMs: 400, inFlight: 0 },
    ]);
  });

  it('is half-open: a copy ending at t and one starting at t never overlap; empty copies count nowhere', () => {
    const steps = requestsOnWireSteps([
      call(0, 0, 100),
      call(1, 100, 200),
      call(2, 50, 50),
      call(3, 0, 0, []),
    ]);
    expect(steps).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 100, inFlight: 1 },
      { atMs: 200, inFlight: 0 },
    ]);
  });
});
