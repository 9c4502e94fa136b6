import { describe, expect, it } from 'vitest';
import { simulateServer } from './simulateServer.ts';
import { serverInput } from './testing/serverInputs.ts';
import { serverTimeline } from './testing/serverTimeline.ts';
import { workerLanes } from './testing/workerLanes.ts';

describe('simulateServer', () => {
  it('sends every request at once and lets one sync worker serve them one after another', async () => {
    const trace = await simulateServer(serverInput({ requests: 3 }, { name: 'sequential' }));
    expect(serverTimeline(trace, 250)).toBe(
      [
        'r0 w0 p0      |=====          | sent 0, served 0 → 1250',
        'r1 w0 p0      |-----=====     | sent 0, served 1250 → 2500',
        'r2 w0 p0      |----------=====| sent 0, served 2500 → 3750',
        'r0.0 session  |=              | 0 → 125',
        'r0.1 business |==             | 125 → 375',
        'r0.2 user     |-==            | 375 → 750',
        'r0.3 reviews  |---==          | 750 → 1250',
        'r1.0 session  |     =         | 1250 → 1375',
        'r1.1 business |     ==        | 1375 → 1625',
        'r1.2 user     |     -==       | 1625 → 2000',
        'r1.3 reviews  |     ---==     | 2000 → 2500',
        'r2.0 session  |          =    | 2500 → 2625',
        'r2.1 business |          ==   | 2625 → 2875',
        'r2.2 user     |          -==  | 2875 → 3250',
        'r2.3 reviews  |          ---==| 3250 → 3750',
      ].join('\n'),
    );
    expect(workerLanes(trace, 250)).toBe('w0 p0 |000001111122222|');
    expect(trace.makespanMs).toBe(3750);
  });

  it('lists every request calls in request order, with request and readyAt set', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, processes: 2 }, { name: 'promise-all' }, [100, 200]),
    );
    // Ready at their start (no `-`), which is 0.
    expect(serverTimeline(trace, 100)).toBe(
      [
        'r0 w0 p0      |==| sent 0, served 0 → 200',
        'r1 w1 p1      |==| sent 0, served 0 → 200',
        'r0.0 session  |= | 0 → 100',
        'r0.1 business |==| 0 → 200',
        'r1.0 session  |= | 0 → 100',
        'r1.1 business |==| 0 → 200',
      ].join('\n'),
    );
  });

  it('sends a request only when one of the client slots frees, the instant a response arrives', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 4, concurrency: 2, processes: 8 }, { name: 'promise-all' }, [100]),
    );
    expect(serverTimeline(trace, 50)).toBe(
      [
        'r0 w0 p0     |==  | sent 0, served 0 → 100',
        'r1 w1 p1     |==  | sent 0, served 0 → 100',
        'r2 w0 p0     |..==| sent 100, served 100 → 200',
        'r3 w1 p1     |..==| sent 100, served 100 → 200',
        'r0.0 session |==  | 0 → 100',
        'r1.0 session |==  | 0 → 100',
        'r2.0 session |  ==| 100 → 200',
        'r3.0 session |  ==| 100 → 200',
      ].join('\n'),
    );
  });

  it('adds the call overhead to every call: the sync-basic row at 8 ms is 20 x (1250 + 4 x 8)', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 20, callOverheadMs: 8, upstreamCap: 200 }, { name: 'sequential' }),
    );
    expect(trace.makespanMs).toBe(20 * (1250 + 4 * 8));
    const first = {
      ...trace,
      requests: trace.requests.slice(0, 1),
      calls: trace.calls.slice(0, 4),
    };
    // Each call reaches its upstream 8 ms after it starts, and is served there at once.
    expect(serverTimeline({ ...first, makespanMs: 1282 }, 125)).toBe(
      [
        'r0 w0 p0      |===========| sent 0, served 0 → 1282',
        'r0.0 session  |==         | 0 → 133 (upstream 8)',
        'r0.1 business |-===       | 133 → 391 (upstream 141)',
        'r0.2 user     |---====    | 391 → 774 (upstream 399)',
        'r0.3 reviews  |------=====| 774 → 1282 (upstream 782)',
      ].join('\n'),
    );
  });

  it('runs the handler after the request overhead; its calls are ready then', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, requestOverheadMs: 20 }, { name: 'promise-all' }, [100]),
    );
    // A blank, not `-`, before each call: ready when it starts, 20 ms into its request.
    expect(serverTimeline(trace, 20)).toBe(
      [
        'r0 w0 p0     |======      | sent 0, served 0 → 120',
        'r1 w0 p0     |------======| sent 0, served 120 → 240',
        'r0.0 session | =====      | 20 → 120',
        'r1.0 session |       =====| 140 → 240',
      ].join('\n'),
    );
    expect(trace.makespanMs).toBe(240);
  });

  it('queues calls FIFO at a bounded upstream and records when it began serving each', async () => {
    const trace = await simulateServer(
      serverInput({ requests: 1, upstreamCap: 2, callOverheadMs: 5 }, { name: 'promise-all' }),
    );
    expect(serverTimeline(trace, 125)).toBe(
      [
        'r0 w0 p0      |=======| sent 0, served 0 → 755',
        'r0.0 session  |==     | 0 → 130 (upstream 5)',
        'r0.1 business |===    | 0 → 255 (upstream 5)',
        'r0.2 user     |~~===  | 0 → 505 (upstream 5, served 130)',
        'r0.3 reviews  |~~~====| 0 → 755 (upstream 5, served 255)',
      ].join('\n'),
    );
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
    expect(serverTimeline(trace, 10)).toBe(
      [
        'r0 w0 p0      |=============             | sent 0, served 0 → 130',
        'r1 w0 p0      |-------------=============| sent 0, served 130 → 260',
        'r0.0 session  |===                       | 0 → 30',
        'r0.1 business |----------===             | 100 → 130',
        'r1.0 session  |             ===          | 130 → 160',
        'r1.1 business |             ----------===| 230 → 260',
      ].join('\n'),
    );
    expect(trace.makespanMs).toBe(260);
  });

  it("names each request's local work after its request, even one without calls", async () => {
    const trace = await simulateServer(
      serverInput({ requests: 2, processes: 2 }, { name: 'offload', workMs: 300 }, []),
    );
    expect(serverTimeline(trace, 100)).toBe(
      [
        'r0 w0 p0 |===| sent 0, served 0 → 300',
        'r1 w1 p1 |===| sent 0, served 0 → 300',
        'r0 work  |###| 0 → 300',
        'r1 work  |###| 0 → 300',
      ].join('\n'),
    );
    expect(trace.calls).toEqual([]);
    expect(trace.makespanMs).toBe(300);
  });

  it('spreads requests over the processes first, and a freed worker takes the next in line', async () => {
    const trace = await simulateServer(
      serverInput(
        { requests: 7, processes: 2, threads: 2, concurrency: 7 },
        { name: 'sequential' },
        [100],
      ),
    );
    expect(workerLanes(trace, 50)).toBe(
      [
        'w0 p0 |0044|', //
        'w1 p0 |2266|',
        'w2 p1 |1155|',
        'w3 p1 |33  |',
      ].join('\n'),
    );
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
