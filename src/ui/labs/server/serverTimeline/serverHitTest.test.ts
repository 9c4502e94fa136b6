import { describe, expect, it } from 'vitest';
import { laneTopPx, toPx } from '../../../timeline/index.ts';
import { laneOrderOf } from './laneOrder.ts';
import { serverQueuesOf } from './queueSteps.ts';
import { requestAnchorPx, serverHitTest, type HitInput } from './serverHitTest.ts';
import { serverTimelineGeometry } from './serverTimelineGeometry.ts';
import { serverDataOf } from './testing/serverDataOf.ts';

const RUN = serverDataOf(
  [
    { sentMs: 0, startMs: 0, endMs: 100, worker: 0 },
    { sentMs: 0, startMs: 100, endMs: 200, worker: 0 },
    { sentMs: 0, startMs: 0, endMs: 150, worker: 1 },
  ],
  { workersPerProcess: 2 },
);

function input(nowMs: number, data = RUN): HitInput {
  return {
    ...serverTimelineGeometry(data, 1000, 220, 200),
    data,
    order: laneOrderOf(data),
    queues: serverQueuesOf(data),
    nowMs,
  };
}

// A live run: each response reaches the client 30 ms after its worker was freed.
const LIVE = serverDataOf(
  [
    { sentMs: 0, startMs: 0, freedMs: 100, endMs: 130, worker: 0 },
    { sentMs: 0, startMs: 100, freedMs: 200, endMs: 230, worker: 0 },
  ],
  { workersPerProcess: 2 },
);

const laneMid = (hit: HitInput, lane: number): number =>
  laneTopPx(hit.layout.workers, lane) + hit.layout.workers.laneHeightPx / 2;

describe('serverHitTest', () => {
  it('finds the request under the pointer on its worker’s lane', () => {
    const hit = input(Infinity);
    expect(serverHitTest(hit, toPx(hit.scale, 50), laneMid(hit, 0))).toEqual({
      kind: 'request',
      index: 0,
    });
    expect(serverHitTest(hit, toPx(hit.scale, 170), laneMid(hit, 0))).toEqual({
      kind: 'request',
      index: 1,
    });
    expect(serverHitTest(hit, toPx(hit.scale, 50), laneMid(hit, 1))).toEqual({
      kind: 'request',
      index: 2,
    });
    // Past worker 1's only request, and in the label column: nothing.
    expect(serverHitTest(hit, toPx(hit.scale, 190), laneMid(hit, 1))).toBeNull();
    expect(serverHitTest(hit, 10, laneMid(hit, 1))).toBeNull();
  });

  it('reads a worker’s lane as the request it served then, not one whose response was on its way', () => {
    const hit = input(Infinity, LIVE);
    expect(serverHitTest(hit, toPx(hit.scale, 115), laneMid(hit, 0))).toEqual({
      kind: 'request',
      index: 1,
    });
    expect(requestAnchorPx(hit, 0).xPx).toBe(toPx(hit.scale, 100));
  });

  it('hits nothing that is not drawn yet', () => {
    const hit = input(120);
    expect(serverHitTest(hit, toPx(hit.scale, 170), laneMid(hit, 0))).toBeNull();
  });

  it('reads a queue lane as how many waited at that instant', () => {
    const hit = input(Infinity);
    const serverLaneMid = hit.layout.queueTopPx[1] + 10;
    expect(serverHitTest(hit, toPx(hit.scale, 50), serverLaneMid)).toMatchObject({
      kind: 'queue',
      queue: 'server',
      count: 1,
    });
  });

  it('anchors a selected request’s tooltip at the end of its bar', () => {
    const hit = input(Infinity);
    expect(requestAnchorPx(hit, 2)).toEqual({
      xPx: toPx(hit.scale, 150),
      yPx: laneMid(hit, 1),
    });
  });
});
