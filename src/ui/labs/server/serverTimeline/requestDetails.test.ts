import { describe, expect, it } from 'vitest';
import { requestDetails, requestTooltipLines } from './requestDetails.ts';
import { serverDataOf } from './testing/serverDataOf.ts';

const RUN = serverDataOf([{ sentMs: 100, startMs: 250, endMs: 1500, worker: 3 }], {
  processes: 2,
  workersPerProcess: 2,
});

describe('request details', () => {
  it('gives each phase of a finished request', () => {
    expect(requestDetails(RUN, 0, Infinity)).toEqual({
      number: 1,
      sentMs: 100,
      startMs: 250,
      freedMs: 1500,
      endMs: 1500,
      worker: 'process 2 · thread 2',
      atClientMs: 100,
      atServerMs: 150,
      servedMs: 1250,
      // From due (t = 0 in this closed run), as core's requestLatencyMs: the 100 ms it waited
      // at the client count too.
      latencyMs: 1500,
      state: 'done',
    });
  });

  it('counts an open request’s wait and latency from its due time, not from t = 0', () => {
    const open = serverDataOf([{ dueMs: 300, sentMs: 300, startMs: 450, endMs: 500, worker: 0 }]);
    expect(requestDetails(open, 0, Infinity)).toMatchObject({
      atClientMs: 0,
      atServerMs: 150,
      latencyMs: 200,
    });
  });

  it('times a live request’s service from the worker’s side, its latency from the client’s', () => {
    const live = serverDataOf([{ sentMs: 0, startMs: 0, freedMs: 100, endMs: 130, worker: 0 }]);
    expect(requestDetails(live, 0, Infinity)).toMatchObject({
      freedMs: 100,
      endMs: 130,
      servedMs: 100,
      latencyMs: 130,
      state: 'done',
    });
    expect(requestDetails(live, 0, 115)).toMatchObject({
      freedMs: 100,
      endMs: null,
      servedMs: 100,
      state: 'response on its way',
    });
    expect(requestTooltipLines(requestDetails(live, 0, Infinity))[3]).toBe(
      'served 100 ms (worker freed at 100 ms) · latency 130 ms',
    );
  });

  it('clips at the cursor: later instants are unknown, the current phase counts up to now', () => {
    expect(requestDetails(RUN, 0, 50)).toMatchObject({
      sentMs: null,
      atClientMs: 50,
      atServerMs: null,
      state: 'waiting at the client',
    });
    expect(requestDetails(RUN, 0, 1000)).toMatchObject({
      startMs: 250,
      endMs: null,
      servedMs: 750,
      latencyMs: null,
      state: 'served',
    });
    expect(requestTooltipLines(requestDetails(RUN, 0, 200))).toEqual([
      'request #1 (waiting at the server)',
      'sent 100 ms · start — · end —',
      'waited 100 ms at the client, 100 ms at the server',
      'served — · latency —',
    ]);
  });
});
