import { describe, expect, it } from 'vitest';
import { planCalls, TALK_CALLS } from '../../../core/scenario.ts';
import { applyLiveEvent, pendingLaneData } from './liveLaneData.ts';

const planned = planCalls(TALK_CALLS.slice(0, 2), 1);

describe('live lane data', () => {
  it('gives the offload lane its local work row before the work starts', () => {
    expect(pendingLaneData(planned, { name: 'promise-all' }).work).toEqual([]);
    const data = pendingLaneData(planned, { name: 'offload', workMs: 1000 });
    expect(data.work).toEqual([{ startedAtMs: Infinity, endedAtMs: Infinity }]);
    applyLiveEvent(data, { type: 'work-start', request: 0, atMs: 1 });
    applyLiveEvent(data, {
      type: 'work-end',
      span: { request: 0, startedAtMs: 1, endedAtMs: 1001 },
    });
    // The waiting row is filled in, not joined by a second one.
    expect(data.work).toEqual([{ startedAtMs: 1, endedAtMs: 1001 }]);
  });

  it('writes call starts and ends in place, marking aborted calls', () => {
    const data = pendingLaneData(planned, { name: 'sequential' });
    applyLiveEvent(data, { type: 'call-start', request: 0, index: 1, atMs: 126 });
    applyLiveEvent(data, {
      type: 'call-end',
      span: {
        request: 0,
        index: 1,
        service: 'business',
        latencyMs: 250,
        readyAtMs: 0,
        startedAtMs: 126,
        endedAtMs: 200,
        status: 'aborted',
      },
    });
    expect([data.startedAtMs[1], data.endedAtMs[1], data.aborted[1]]).toEqual([126, 200, 1]);
    expect([data.startedAtMs[0], data.endedAtMs[0]]).toEqual([Infinity, Infinity]);
  });
});
