import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_SPEC } from '../../../../core/server/serverSpec.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import { serverInput } from '../../../../core/server/testing/serverInputs.ts';
import {
  applyServerEvent,
  completedBy,
  pendingServerData,
  serverDataFromTrace,
} from './serverTimelineData.ts';

describe('server timeline data', () => {
  it('holds a finished run per request, with the server’s shape', async () => {
    const input = serverInput({ requests: 3, processes: 2, greenlets: 3 }, { name: 'sequential' });
    const trace = await simulateServer(input);
    const data = serverDataFromTrace(input.server, trace);
    expect(data).toMatchObject({
      count: 3,
      workerCount: 6,
      processes: 2,
      workersPerProcess: 3,
      workerKind: 'greenlet',
    });
    expect([...data.worker]).toEqual(trace.requests.map((r) => r.worker));
    expect([...data.endedAtMs]).toEqual([1250, 1250, 1250]);
    expect([...data.freedAtMs]).toEqual([1250, 1250, 1250]);
  });

  it('grows from live events: sent, then started on a worker, then ended', () => {
    const data = pendingServerData({ ...DEFAULT_SERVER_SPEC, requests: 2, threads: 2 });
    expect([...data.sentAtMs]).toEqual([Infinity, Infinity]);
    applyServerEvent(data, { type: 'request-sent', index: 1, atMs: 0 });
    applyServerEvent(data, { type: 'request-started', index: 1, worker: 1, process: 0, atMs: 3 });
    expect([data.sentAtMs[1], data.startedAtMs[1], data.worker[1]]).toEqual([0, 3, 1]);
    expect(completedBy(data, Infinity)).toBe(0);
    expect(data.freedAtMs[1]).toBe(Infinity);
    applyServerEvent(data, {
      type: 'request-ended',
      span: {
        index: 1,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 3,
        freedAtMs: 80,
        endedAtMs: 90,
        worker: 1,
        process: 0,
      },
    });
    expect([data.freedAtMs[1], data.endedAtMs[1]]).toEqual([80, 90]);
    expect(completedBy(data, 89)).toBe(0);
    expect(completedBy(data, 90)).toBe(1);
    // An index outside the run is dropped, not written past the arrays.
    applyServerEvent(data, { type: 'request-sent', index: 7, atMs: 1 });
    expect(data.count).toBe(2);
  });

  it('frees a live request’s worker when the worker takes its next request, before the response arrives', () => {
    const data = pendingServerData({ ...DEFAULT_SERVER_SPEC, requests: 3 });
    applyServerEvent(data, { type: 'request-started', index: 0, worker: 0, process: 0, atMs: 0 });
    // One worker, FIFO: it takes request 1 only once request 0's handler returned.
    applyServerEvent(data, { type: 'request-started', index: 1, worker: 0, process: 0, atMs: 100 });
    expect([data.freedAtMs[0], data.endedAtMs[0], data.freedAtMs[1]]).toEqual([
      100,
      Infinity,
      Infinity,
    ]);
    // The response brings the app's exact instant.
    applyServerEvent(data, {
      type: 'request-ended',
      span: {
        index: 0,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 0,
        freedAtMs: 99.5,
        endedAtMs: 130,
        worker: 0,
        process: 0,
      },
    });
    expect([data.freedAtMs[0], data.endedAtMs[0]]).toEqual([99.5, 130]);
  });
});
