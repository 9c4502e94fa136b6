import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE as P } from '../../../palette.ts';
import { RecordingCanvas } from '../../../timeline/testing/recordingCanvas.ts';
import { toPx } from '../../../timeline/index.ts';
import { laneOrderOf } from './laneOrder.ts';
import { serverQueuesOf } from './queueSteps.ts';
import { renderServerTimeline, type ServerTimelineFrame } from './renderServerTimeline.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { serverTimelineGeometry } from './serverTimelineGeometry.ts';
import { serverDataOf } from './testing/serverDataOf.ts';

const COLOURS = serverTimelineColours(P);

// One process of two threads; three requests, the client sends #3 when #1's response arrives.
const RUN = serverDataOf(
  [
    { sentMs: 0, startMs: 0, endMs: 100, worker: 0 },
    { sentMs: 0, startMs: 0, endMs: 150, worker: 1 },
    { sentMs: 100, startMs: 100, endMs: 200, worker: 0 },
  ],
  { workersPerProcess: 2 },
);

function frame(data: ServerTimelineData, nowMs: number, heightPx = 220): ServerTimelineFrame {
  return {
    ...serverTimelineGeometry(data, 1000, heightPx, 200),
    data,
    order: laneOrderOf(data),
    queues: serverQueuesOf(data),
    nowMs,
    predictedMakespanMs: 200,
    palette: P,
    devicePixelRatio: 1,
    highlightRequest: null,
  };
}

function draw(f: ServerTimelineFrame): RecordingCanvas {
  const ctx = new RecordingCanvas();
  renderServerTimeline(ctx, f);
  return ctx;
}

const xs = (f: ServerTimelineFrame, ms: number): number => Math.round(toPx(f.scale, ms));
const texts = (ctx: RecordingCanvas): string[] =>
  ctx.calls.filter((c) => c.op === 'fillText').map((c) => c.text);

describe('renderServerTimeline', () => {
  it('draws one lane per worker: its requests back to back, each one cut from the next', () => {
    const f = frame(RUN, Infinity);
    const ctx = draw(f);
    const bars = ctx.fills(COLOURS.served, 1).map((r) => [r.x, r.x + r.w]);
    // Worker 0's two requests merge into one run; a cut in the background colour parts them.
    expect(bars).toEqual([
      [xs(f, 0), xs(f, 200)],
      [xs(f, 0), xs(f, 150)],
    ]);
    const cuts = ctx.fills(P.background).filter((r) => r.w === 1);
    expect(cuts.map((r) => r.x)).toEqual([xs(f, 100)]);
    expect(texts(ctx)).toEqual(expect.arrayContaining(['thread 1', 'thread 2']));
  });

  it('clips everything at the cursor', () => {
    const f = frame(RUN, 120);
    const bars = draw(f)
      .fills(COLOURS.served, 1)
      .map((r) => [r.x, r.x + r.w]);
    expect(bars).toEqual([
      [xs(f, 0), xs(f, 120)],
      [xs(f, 0), xs(f, 120)],
    ]);
  });

  it('ends a live request’s bar when its worker was freed, not when the client got the response', () => {
    // One worker; each response reaches the client 30 ms after the handler returned, while the
    // worker already serves the next request.
    const live = serverDataOf(
      [
        { sentMs: 0, startMs: 0, freedMs: 60, endMs: 90, worker: 0 },
        { sentMs: 0, startMs: 60, freedMs: 120, endMs: 150, worker: 0 },
      ],
      { workersPerProcess: 1 },
    );
    const f = frame(live, Infinity);
    const ctx = draw(f);
    expect(ctx.fills(COLOURS.served, 1).map((r) => [r.x, r.x + r.w])).toEqual([
      [xs(f, 0), xs(f, 120)],
    ]);
    expect(
      ctx
        .fills(P.background)
        .filter((r) => r.w === 1)
        .map((r) => r.x),
    ).toEqual([xs(f, 60)]);
  });

  it('shows the queues in their own lanes, with the count at the cursor beside each label', () => {
    const waiting = serverDataOf(
      [{ sentMs: 0, startMs: 0, endMs: 100, worker: 0 }, { sentMs: 0, startMs: 100 }, {}],
      { workersPerProcess: 1 },
    );
    const f = frame(waiting, 50);
    const ctx = draw(f);
    const client = ctx.fills(COLOURS.atClient, COLOURS.atClientAlpha);
    const server = ctx.fills(COLOURS.atServer, COLOURS.atServerAlpha);
    expect(client.map((r) => [r.x, r.x + r.w])).toEqual([[xs(f, 0), xs(f, 50)]]);
    expect(server.map((r) => [r.x, r.x + r.w])).toEqual([[xs(f, 0), xs(f, 50)]]);
    // One waits at each; each lane is scaled to its own peak (1): full height.
    expect(client[0]?.y).toBeLessThan((server[0]?.y ?? 0) - 20);
    expect(texts(ctx)).toEqual(
      expect.arrayContaining(['waiting at client', '1', 'waiting at server', '1']),
    );
  });

  it('groups workers into shared lanes when they cannot have a pixel each, and says so', () => {
    const many = serverDataOf(
      Array.from({ length: 400 }, (_, i) => ({ sentMs: 0, startMs: 0, endMs: 100, worker: i })),
      { processes: 2, workersPerProcess: 500, workerKind: 'greenlet' },
    );
    const f = frame(many, Infinity, 400);
    expect(f.layout.workers.rowsPerLane).toBeGreaterThan(1);
    const ctx = draw(f);
    expect(texts(ctx)).toEqual(
      expect.arrayContaining([
        'process 1',
        'process 2',
        `500 greenlets, ${f.layout.workers.rowsPerLane} greenlets per row`,
      ]),
    );
    // Lanes merge their requests: far fewer rectangles than requests.
    expect(ctx.fills(COLOURS.served, 1).length).toBeLessThan(400);
  });

  it('draws the predicted makespan dashed and the cursor', () => {
    const ctx = draw(frame(RUN, 100));
    expect(ctx.calls.some((c) => c.op === 'stroke' && c.dashed)).toBe(true);
    expect(ctx.fills(P.cursor).length).toBeGreaterThan(0);
  });
});
