import { describe, expect, it } from 'vitest';
import { maxCallsInFlightPerRequest, predictServer } from './predictServer.ts';
import { serverInput } from './testing/serverInputs.ts';

describe('predictServer', () => {
  it('gives the closed form for equal requests, and says which numbers went in', () => {
    const prediction = predictServer(serverInput({ processes: 4 }, { name: 'sequential' }));
    expect(prediction).toMatchObject({
      makespanMs: 6250,
      method: 'closed-form',
      formula: 'ceil(20 / min(4, 50)) x 1250 ms = 6250 ms',
      slots: 4,
      isLowerBound: false,
    });
    expect(prediction.startedAtMs.slice(0, 6)).toEqual([0, 0, 0, 0, 1250, 1250]);
  });

  it('adds the overheads to each service time: 1250 + 4 x 8 + 20 per sync request', () => {
    const input = serverInput(
      { requests: 1, callOverheadMs: 8, requestOverheadMs: 20 },
      {
        name: 'sequential',
      },
    );
    expect(predictServer(input).serviceMs).toEqual([1302]);
  });

  it('writes the formula numbers as a person would, without float noise', () => {
    // 10 + 20 ms of calls and 0.1 + 0.1 ms of set-up: 30.200000000000003 in floating point.
    const input = serverInput(
      { requests: 7, callOverheadMs: 0.1, requestOverheadMs: 0 },
      { name: 'sequential' },
      [10, 20],
    );
    expect(predictServer(input).formula).toBe('ceil(7 / min(1, 50)) x 30.2 ms = 211.4 ms');
  });

  it('lists unequal requests over min(W, C) slots in index order', () => {
    const input = {
      ...serverInput({ requests: 3, processes: 2 }, { name: 'sequential' }),
      calls: [{ service: 'db', latency: { kind: 'uniform', minMs: 100, maxMs: 900 } } as const],
    };
    const prediction = predictServer(input);
    expect(prediction.method).toBe('list-scheduling');
    const [s0, s1, s2] = prediction.serviceMs as [number, number, number];
    expect(prediction.startedAtMs).toEqual([0, 0, Math.min(s0, s1)]);
    expect(prediction.makespanMs).toBe(Math.max(s0, s1, Math.min(s0, s1) + s2));
  });

  it('calls itself a lower bound when the upstream capacity could bind', () => {
    const gevent = (concurrency: number) =>
      predictServer(
        serverInput(
          { requests: 100, processes: 2, greenlets: 50, concurrency, upstreamCap: 200 },
          { name: 'promise-all' },
        ),
      );
    // 50 requests x 4 calls fill the 200 exactly; 100 x 4 could not all be served at once.
    expect(gevent(50)).toMatchObject({ maxCallsInFlight: 200, upstreamMayBind: false });
    expect(gevent(100)).toMatchObject({
      makespanMs: 500,
      maxCallsInFlight: 400,
      upstreamMayBind: true,
      isLowerBound: true,
    });
  });

  it("bounds a request's calls in flight by its model, not by its number of calls", () => {
    expect(maxCallsInFlightPerRequest({ name: 'sequential' }, 4)).toBe(1);
    expect(maxCallsInFlightPerRequest({ name: 'sequential' }, 0)).toBe(0);
    expect(maxCallsInFlightPerRequest({ name: 'worker-pool', limit: 2 }, 4)).toBe(2);
    expect(maxCallsInFlightPerRequest({ name: 'batches', limit: 8 }, 4)).toBe(4);
    expect(maxCallsInFlightPerRequest({ name: 'offload', workMs: 1 }, 4)).toBe(4);
    const throttle = { kind: 'spacing', minTimeMs: 10 } as const;
    expect(maxCallsInFlightPerRequest({ name: 'throttled', throttle, limit: null }, 4)).toBe(4);
    expect(maxCallsInFlightPerRequest({ name: 'throttled', throttle, limit: 3 }, 4)).toBe(3);
  });
});
