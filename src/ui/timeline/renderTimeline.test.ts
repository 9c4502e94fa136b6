import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE as P } from '../palette.ts';
import { QUEUED_ALPHA, renderTimeline, type TimelineFrame } from './renderTimeline.ts';
import { RecordingCanvas } from './testing/recordingCanvas.ts';
import { stillFrame } from './testing/stillFrame.ts';
import { dataOf, modelData } from './testing/timelineFixtures.ts';
import type { TimelineData } from './timelineData.ts';
import { timelineGeometry } from './timelineGeometry.ts';
import { timelineLayout } from './timelineLayout.ts';
import { timeScale, toPx } from './timeScale.ts';

const [A, B, C] = P.services as [string, string, string];

// Services "a", "b", "c" give a 64 px label column; 488 - 64 - 24 leaves a 400 px plot, so with
// a 400 ms axis 1 ms = 1 px and x = 64 + t.
const THREE = dataOf([
  { service: 'a', startMs: 0, endMs: 100 },
  { service: 'b', startMs: 100, endMs: 300 },
  { service: 'c', startMs: 300, endMs: 400 },
]);

function frame(
  data: TimelineData,
  nowMs: number,
  more: Partial<TimelineFrame> = {},
): TimelineFrame {
  return stillFrame(data, nowMs, { widthPx: 488, heightPx: 200, axisEndMs: 400 }, more);
}

function draw(f: TimelineFrame, record = true): RecordingCanvas {
  const ctx = new RecordingCanvas(record);
  renderTimeline(ctx, f);
  return ctx;
}

const spans = (ctx: RecordingCanvas, colour: string, alpha: number) =>
  ctx.fills(colour, alpha).map((r) => [r.x, r.w]);

describe('renderTimeline', () => {
  it('draws from its origin: one transform moves the picture, coordinates stay as on the page', () => {
    const transforms: number[][] = [];
    const at = (originDevPx?: TimelineFrame['originDevPx']): RecordingCanvas => {
      const ctx = new RecordingCanvas();
      ctx.setTransform = (...args: number[]) => {
        transforms.push(args);
      };
      renderTimeline(ctx, frame(THREE, 400, originDevPx ? { originDevPx } : {}));
      return ctx;
    };
    const onPage = at();
    const exported = at({ xPx: 3, yPx: 80 });
    expect(transforms).toEqual([
      [1, 0, 0, 1, 0, 0],
      [1, 0, 0, 1, 3, 80],
    ]);
    expect(exported.calls).toEqual(onPage.calls);
  });

  it('lays the plot out so that 1 ms is 1 px (the other tests rely on it)', () => {
    const { scale } = frame(THREE, 0);
    expect([scale.rangeStartPx, scale.rangeEndPx]).toEqual([64, 464]);
  });

  it('clips every span at the cursor: in flight up to now, queued up to now, nothing later', () => {
    const ctx = draw(frame(THREE, 150));
    expect(spans(ctx, A, 1)).toEqual([[64, 100]]);
    expect(spans(ctx, B, QUEUED_ALPHA)).toEqual([[64, 100]]);
    expect(spans(ctx, B, 1)).toEqual([[164, 50]]);
    // c is still waiting: a queued bar up to now and no in-flight bar.
    expect(spans(ctx, C, QUEUED_ALPHA)).toEqual([[64, 150]]);
    expect(spans(ctx, C, 1)).toEqual([]);
  });

  it('draws nothing for calls before the run starts, then everything once it is over', () => {
    const pending = dataOf([{ service: 'a' }, { service: 'b' }]);
    const before = draw(frame(pending, 0));
    expect([...spans(before, A, 1), ...spans(before, A, QUEUED_ALPHA)]).toEqual([]);
    const after = draw(frame(THREE, Infinity));
    expect(spans(after, C, 1)).toEqual([[364, 100]]);
  });

  it('draws queued bars lighter and thinner than in-flight bars, centred in the row', () => {
    const ctx = draw(frame(THREE, 150));
    const queued = ctx.fills(B, QUEUED_ALPHA)[0];
    const inFlight = ctx.fills(B, 1)[0];
    expect(queued && inFlight).toBeTruthy();
    if (!queued || !inFlight) return;
    expect(queued.h).toBeLessThan(inFlight.h / 2);
    expect(queued.y + queued.h / 2).toBeCloseTo(inFlight.y + inFlight.h / 2, 0);
  });

  it('batches fills by colour: fillStyle is set a bounded number of times', () => {
    const ctx = draw(
      frame(modelData(2000, { name: 'worker-pool', limit: 50 }, ['a', 'b', 'c']), 3000),
    );
    expect(ctx.counts.fillStyleSets).toBeLessThan(40);
  });

  it('labels rows by service when they are tall enough, and marks local work', () => {
    const data = dataOf(
      [{ service: 'session', startMs: 0, endMs: 100 }],
      [{ startedAtMs: 0, endedAtMs: 300 }],
    );
    const f = frame(data, 200);
    const ctx = draw(f);
    const texts = ctx.calls.filter((c) => c.op === 'fillText').map((c) => c.text);
    expect(texts).toContain('session');
    expect(texts).toContain('local work');
    const workPx = Math.round(toPx(f.scale, 200)) - Math.round(toPx(f.scale, 0));
    expect(ctx.fills(P.work, 1).map((r) => r.w)).toEqual([workPx]);
  });

  it('outlines aborted calls once they ended, in the aborted colour', () => {
    const data = dataOf([{ service: 'a', startMs: 0, endMs: 100, aborted: true }]);
    const outlines = (nowMs: number) =>
      draw(frame(data, nowMs)).calls.filter((c) => c.op === 'strokeRect' && c.style === P.aborted);
    expect(outlines(50)).toHaveLength(0);
    expect(outlines(150)).toHaveLength(1);
  });

  it('draws the predicted makespan as a dashed line, and the cursor at now', () => {
    const ctx = draw(frame(THREE, 150, { predictedMakespanMs: 400 }));
    expect(ctx.calls.some((c) => c.op === 'stroke' && c.dashed && c.style === P.predicted)).toBe(
      true,
    );
    expect(ctx.calls.filter((c) => c.op === 'lineTo').map((c) => c.x)).toEqual([464]);
    expect(ctx.fills(P.cursor).some((r) => r.x <= 214 && r.x + r.w >= 214)).toBe(true);
    const finished = draw(frame(THREE, Infinity));
    expect(finished.fills(P.cursor)).toEqual([]);
    expect(finished.counts.stroke).toBe(0);
  });

  it('draws only the rows scrolled into view', () => {
    // Call i runs from i to i + 1 ms: its bar's x identifies it.
    const count = 1000;
    const data = dataOf(
      Array.from({ length: count }, (_, i) => ({ service: 's', startMs: i, endMs: i + 1 })),
    );
    const layout = timelineLayout({
      rowCount: count,
      widthPx: 1088,
      heightPx: 344,
      longestLabelChars: 1,
      overflow: 'scroll',
      scrollTopPx: 1500,
    });
    const scale = timeScale(0, count, layout.plotLeftPx, layout.plotLeftPx + layout.plotWidthPx);
    const ctx = draw({ ...frame(data, Infinity), layout, scale });
    // (The legend's swatch is in the label column, left of the plot.)
    const bars = ctx.fills(A, 1).filter((r) => r.x >= layout.plotLeftPx);
    const drawn = bars.map((r) =>
      Math.round((r.x - layout.plotLeftPx) * (count / layout.plotWidthPx)),
    );
    const visible = Array.from(
      { length: layout.endLane - layout.firstLane },
      (_, k) => layout.firstLane + k,
    );
    expect(layout.firstLane).toBe(500);
    expect(drawn).toEqual(visible);
  });

  it('keeps the number of fillRect calls bounded by the visible pixels at 100,000 calls', () => {
    const data = modelData(100_000, { name: 'worker-pool', limit: 50 }, ['a', 'b', 'c', 'd']);
    const geometry = timelineGeometry({ data, widthPx: 1280, heightPx: 560, axisEndMs: 1_100_000 });
    const ctx = draw({ ...frame(data, 600_000, { devicePixelRatio: 2 }), ...geometry }, false);
    const { layout } = geometry;
    const lanes = layout.endLane - layout.firstLane;
    expect(layout.rowsPerLane).toBeGreaterThan(100);
    // Realistic runs (FIFO starts): a few rectangles per lane and style, whatever the call count.
    expect(ctx.counts.fillRect).toBeLessThanOrEqual(lanes * 8 + 200);
    expect(ctx.counts.fillText).toBeLessThan(30);
  });

  it('merges spans that share pixels even when starts are scattered (the worst case)', () => {
    // Calls in random order of time: one lane holds ~200 1-ms calls spread over the axis.
    const count = 100_000;
    const starts = modelData(count, { name: 'promise-all' }).latencyMs;
    const data = dataOf(
      Array.from({ length: count }, (_, i) => ({
        service: 's',
        startMs: (starts[i] ?? 0) * 1000,
        endMs: (starts[i] ?? 0) * 1000 + 1,
      })),
    );
    const geometry = timelineGeometry({ data, widthPx: 1280, heightPx: 560, axisEndMs: 1_000_000 });
    const ctx = draw({ ...frame(data, Infinity, { devicePixelRatio: 2 }), ...geometry }, false);
    const { layout } = geometry;
    const plotWidthDevPx = layout.plotWidthPx * 2;
    // At most one rectangle per lane and lit run of device pixels: O(visible pixels).
    expect(ctx.counts.fillRect).toBeLessThanOrEqual(layout.laneCount * (plotWidthDevPx / 2) + 200);
    expect(ctx.counts.fillRect).toBeLessThan(count);
  });
});
