import { describe, expect, it } from 'vitest';
import { callAnchorPx, hitTest } from './hitTest.ts';
import { dataOf, modelData } from './testing/timelineFixtures.ts';
import { timelineGeometry } from './timelineGeometry.ts';
import { laneTopPx } from './timelineLayout.ts';
import { toPx } from './timeScale.ts';

// As in renderTimeline.test.ts: a 400 px plot from x = 64 with 1 ms = 1 px.
const THREE = dataOf([
  { service: 'a', startMs: 0, endMs: 100 },
  { service: 'b', startMs: 100, endMs: 300 },
  { service: 'c', startMs: 300, endMs: 400 },
]);
const { layout, scale } = timelineGeometry({
  data: THREE,
  widthPx: 488,
  heightPx: 200,
  axisEndMs: 400,
});
const rowMiddlePx = (row: number) => laneTopPx(layout, row) + layout.laneHeightPx / 2;
const hit = (nowMs: number, xPx: number, yPx: number) =>
  hitTest(layout, scale, THREE, nowMs, xPx, yPx);

describe('hitTest', () => {
  it('finds the call whose bar is under the pointer', () => {
    expect(hit(Infinity, 64 + 200, rowMiddlePx(1))).toBe(1);
    expect(hit(Infinity, 64 + 350, rowMiddlePx(2))).toBe(2);
    // b's queued phase (0 to 100 ms) belongs to b too.
    expect(hit(Infinity, 64 + 50, rowMiddlePx(1))).toBe(1);
  });

  it('misses what is not drawn yet, beyond the slop', () => {
    expect(hit(150, 64 + 250, rowMiddlePx(1))).toBeNull();
    expect(hit(150, 64 + 152, rowMiddlePx(1))).toBe(1);
    expect(hit(Infinity, 64 + 110, rowMiddlePx(0))).toBeNull();
  });

  it('hits a row by its label, and nothing on the axis or below the rows', () => {
    expect(hit(0, 10, rowMiddlePx(2))).toBe(2);
    expect(hit(Infinity, 64 + 50, 5)).toBeNull();
    expect(hit(Infinity, 64 + 50, rowMiddlePx(2) + layout.laneHeightPx)).toBeNull();
  });

  it('ignores local work rows', () => {
    const data = dataOf(
      [{ service: 'a', startMs: 0, endMs: 100 }],
      [{ startedAtMs: 0, endedAtMs: 400 }],
    );
    const g = timelineGeometry({ data, widthPx: 488, heightPx: 200, axisEndMs: 400 });
    const yWorkPx = laneTopPx(g.layout, 0) + 5;
    const yCallPx = laneTopPx(g.layout, 1) + 5;
    const xPx = toPx(g.scale, 50);
    expect(hitTest(g.layout, g.scale, data, Infinity, xPx, yWorkPx)).toBeNull();
    expect(hitTest(g.layout, g.scale, data, Infinity, xPx, yCallPx)).toBe(0);
  });

  it('in merged lanes returns a call of that lane whose span covers x', () => {
    const data = modelData(10_000, { name: 'worker-pool', limit: 50 });
    const g = timelineGeometry({ data, widthPx: 1280, heightPx: 560, axisEndMs: 110_000 });
    expect(g.layout.rowsPerLane).toBeGreaterThan(1);
    const call = 5_017;
    const lane = Math.floor(call / g.layout.rowsPerLane);
    const atMs = ((data.startedAtMs[call] ?? 0) + (data.endedAtMs[call] ?? 0)) / 2;
    const found = hitTest(
      g.layout,
      g.scale,
      data,
      Infinity,
      toPx(g.scale, atMs),
      laneTopPx(g.layout, lane) + 0.5,
    );
    expect(found).not.toBeNull();
    if (found === null) return;
    expect(Math.floor(found / g.layout.rowsPerLane)).toBe(lane);
    expect(data.startedAtMs[found]).toBeLessThanOrEqual(atMs + 10);
    expect(data.endedAtMs[found]).toBeGreaterThanOrEqual(atMs - 10);
  });
});

describe('callAnchorPx', () => {
  it('points at the end of the drawn bar, on the row', () => {
    expect(callAnchorPx(layout, scale, THREE, 1, 150)).toEqual({
      xPx: 64 + 150,
      yPx: rowMiddlePx(1),
    });
    expect(callAnchorPx(layout, scale, THREE, 2, Infinity)).toEqual({
      xPx: 464,
      yPx: rowMiddlePx(2),
    });
    const pending = dataOf([{ service: 'a', readyMs: 50 }]);
    expect(callAnchorPx(layout, scale, pending, 0, 10).xPx).toBe(layout.plotLeftPx);
  });
});
