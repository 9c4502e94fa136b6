import { describe, expect, it } from 'vitest';
import { simulateServer } from './simulateServer.ts';
import { serverInput } from './testing/serverInputs.ts';

const times = (spans: ReadonlyArray<{ startedAtMs: number; endedAtMs: number }>) =>
  spans.map((s) => `${s.startedAtMs}-${s.endedAtMs}`);

describe('simulateServer', () => {
  it('sends every request at once and lets one sync worker serve them one after another', async () => {
    const trace = await simulateServer(serverInput({ requests: 3 }, { name: 'sequential' }));
    expect(trace.requests).toEqual([
      {
        index: 0,
        sentAtMs: 0,
        startedAtMs: 0,
        freedAtMs: 1250,
        endedAtMs: 1250,
        worker: 0,
        process: 0,
      },
      {
        index: 1,
        sentAtMs: 0,
        startedAtMs: 1250,
        freedAtMs: 2500,
        endedAtMs: 2500,
        worker: 0,
        process: 0,
      },
      {
        index: 2,
        sentAtMs: 0,
        startedAtMs: 2500,
        freedAtMs: 3750,
        endedAtMs: 3750,
        worker: 0,
        process: 0,
      },
    ]);
    expect(trace.makespanMs).toBe(3750);
  });

  it('lists every request calls in request order, with request and readyAt set', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, processes: 2 }, { name: 'promise-all' }, [100, 200]),
    );
    expect(
      trace.calls.map((c) => [c.request, c.index, c.readyAtMs, c.startedAtMs, c.endedAtMs]),
    ).toEqual([
      [0, 0, 0, 0, 100],
      [0, 1, 0, 0, 200],
      [1, 0, 0, 0, 100],
      [1, 1, 0, 0, 200],
    ]);
    expect(trace.requests.map((r) => [r.worker, r.process])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('sends a request only when one of the client slots frees, the instant a response arrives', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 4, concurrency: 2, processes: 8 }, { name: 'promise-all' }, [100]),
    );
    expect(trace.requests.map((r) => [r.sentAtMs, r.startedAtMs, r.endedAtMs])).toEqual([
      [0, 0, 100],
      [0, 0, 100],
      [100, 100, 200],
      [100, 100, 200],
    ]);
  });

  it('adds the call overhead to every call: the sync-basic row at 8 ms is 20 x (1250 + 4 x 8)', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 20, callOverheadMs: 8, upstreamCap: 200 }, { name: 'sequential' }),
    );
    expect(trace.makespanMs).toBe(20 * (1250 + 4 * 8));
    const first = trace.calls.slice(0, 4);
    expect(times(first)).toEqual(['0-133', '133-391', '391-774', '774-1282']);
    expect(first.map((c) => c.upstreamArrivedAtMs)).toEqual([8, 141, 399, 782]);
  });

  it('runs the handler after the request overhead; its calls are ready then', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, requestOverheadMs: 20 }, { name: 'promise-all' }, [100]),
    );
    expect(trace.calls.map((c) => [c.readyAtMs, c.startedAtMs, c.endedAtMs])).toEqual([
      [20, 20, 120],
      [140, 140, 240],
    ]);
    expect(trace.makespanMs).toBe(240);
  });

  it('queues calls FIFO at a bounded upstream and records when it began serving each', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 1, upstreamCap: 2, callOverheadMs: 5 }, { name: 'promise-all' }),
    );
    expect(
      trace.calls.map((c) => [c.upstreamArrivedAtMs, c.upstreamStartedAtMs, c.endedAtMs]),
    ).toEqual([
      [5, 5, 130],
      [5, 5, 255],
      [5, 130, 505],
      [5, 255, 755],
    ]);
    expect(times(trace.calls)).toEqual(['0-130', '0-255', '0-505', '0-755']);
  });

  it("anchors a fixed-window throttle at each request's own fan-out, as predict() does", async () => {
    const trace = await simulateServer(
      serverInput(
        { requests: 2 },
        { name: 'throttled', limit: null, throttle: { kind: 'fixed', cap: 1, windowMs: 100 } },
        [30, 30],
      ),
    );
    // Request 1 begins at 130: its windows are [130, 230), [230, 330), not [100, 200), [200, 300).
    expect(times(trace.calls)).toEqual(['0-30', '100-130', '130-160', '230-260']);
    expect(trace.makespanMs).toBe(260);
  });

  it("names each request's local work after its request, even one without calls", async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, processes: 2 }, { name: 'offload', workMs: 300 }, []),
    );
    expect(trace.work).toEqual([
      { request: 0, startedAtMs: 0, endedAtMs: 300 },
      { request: 1, startedAtMs: 0, endedAtMs: 300 },
    ]);
    expect(trace.calls).toEqual([]);
    expect(trace.makespanMs).toBe(300);
  });

  it('refuses a run of more than a million calls, saying what to lower', async () => {
    await expect(
      simulateServer(serverInput({ requests: 250_001 }, { name: 'sequential' })),
    ).rejects.toThrow(/at most 1000000 upstream calls .* would make 1000004: lower requests/);
    await expect(
      simulateServer(serverInput({ concurrency: 0 }, { name: 'sequential' })),
    ).rejects.toThrow(/concurrency to be a whole number >= 1, got 0/);
  });
});
