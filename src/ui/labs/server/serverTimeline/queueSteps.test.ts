import { describe, expect, it } from 'vitest';
import { queueAt, queueColumns, serverQueuesOf } from './queueSteps.ts';
import { serverDataOf } from './testing/serverDataOf.ts';

// Three requests, a client of 2 slots and one worker: #3 waits at the client until #1's
// response (100), #2 and #3 wait at the server for the worker.
const RUN = serverDataOf([
  { sentMs: 0, startMs: 0, endMs: 100, worker: 0 },
  { sentMs: 0, startMs: 100, endMs: 200, worker: 0 },
  { sentMs: 100, startMs: 200, endMs: 300, worker: 0 },
]);

describe('queue steps', () => {
  it('counts requests waiting at the client and at the server over time', () => {
    const { client, server } = serverQueuesOf(RUN);
    expect([...client.atMs]).toEqual([0, 100]);
    expect([...client.count]).toEqual([1, 0]);
    // At 100 one starts and one arrives: no step there.
    expect([...server.atMs]).toEqual([0, 200]);
    expect([...server.count]).toEqual([1, 0]);
    expect([client.peak, server.peak]).toEqual([1, 1]);
    expect([queueAt(server, -1), queueAt(server, 50), queueAt(server, 200)]).toEqual([0, 1, 0]);
  });

  it('keeps counting a request whose wait has no known end yet (a live run)', () => {
    const { client, server } = serverQueuesOf(
      serverDataOf([{ sentMs: 5, startMs: 5, worker: 0 }, { sentMs: 5 }, {}]),
    );
    expect(queueAt(client, 1e9)).toBe(1);
    expect(queueAt(server, 1e9)).toBe(1);
  });

  it('draws the most that waited within each pixel column, up to the cursor', () => {
    const { server } = serverQueuesOf(
      serverDataOf([
        { sentMs: 0, startMs: 10, endMs: 11, worker: 0 },
        { sentMs: 0, startMs: 0.4, endMs: 1, worker: 1 },
      ]),
    );
    // 1 px per ms from x = 0; the cursor at 6 ms.
    const out = new Float32Array(10);
    queueColumns(server, 6, 0, 1, 0, out);
    // Two waited for 0.4 ms only: the first column still shows 2.
    expect([...out]).toEqual([2, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
  });
});
