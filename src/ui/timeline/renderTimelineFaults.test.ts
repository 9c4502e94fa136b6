import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { CallPolicy } from '../../core/policy/callPolicy.ts';
import { faultyRun, type ScriptedCopy } from '../../core/testing/faultyTimelineOf.ts';
import { LIGHT_FAILURES as F, LIGHT_PALETTE as P } from '../palette.ts';
import { FAILED_FILL_ALPHA, renderTimeline, type TimelineFrame } from './renderTimeline.ts';
import { RecordingCanvas } from './testing/recordingCanvas.ts';
import { stillFrame } from './testing/stillFrame.ts';
import { timelineDataFromTrace, type TimelineData } from './timelineData.ts';
import { laneTopPx } from './timelineLayout.ts';
import { toPx } from './timeScale.ts';

const TALK = [125, 250, 375, 500];
const [SESSION, BUSINESS] = P.services as [string, string];

async function dataOf(
  spec: ModelSpec,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy> = {},
  latenciesMs: readonly number[] = TALK,
): Promise<TimelineData> {
  return timelineDataFromTrace((await faultyRun(latenciesMs, spec, script, policy)).trace);
}

function frame(data: TimelineData, nowMs: number, axisEndMs = 1600): TimelineFrame {
  return stillFrame(data, nowMs, { widthPx: 1000, heightPx: 300, axisEndMs });
}

function draw(f: TimelineFrame): RecordingCanvas {
  const ctx = new RecordingCanvas();
  renderTimeline(ctx, f);
  return ctx;
}

/** The device x of `ms` on the frame's plot (dpr 1), as the renderer rounds it. */
const xOf = (f: TimelineFrame, ms: number) => Math.round(toPx(f.scale, ms));
/** [left, right] of each rectangle. */
const extents = (rects: ReadonlyArray<{ x: number; w: number }>) =>
  rects.map((r) => [r.x, r.x + r.w]);

const fail = { name: 'promise-all' } as const;
const retrying = { retries: 1, backoffMs: 50, jitter: 'none' } as const;

describe('renderTimeline with faults', () => {
  it('draws a failed copy in the failure colour, lighter, with a solid mark at its end', async () => {
    // Call 1 (business): one copy 0→250 answered 500.
    const f = frame(await dataOf(fail, { 1: ['error'] }), Infinity);
    const ctx = draw(f);
    expect(extents(ctx.fills(F.failed, FAILED_FILL_ALPHA))).toEqual([[xOf(f, 0), xOf(f, 250)]]);
    const [mark] = ctx.fills(F.failed, 1);
    expect(mark && mark.x + mark.w).toBe(xOf(f, 250));
    expect(mark?.w).toBe(2);
    // Not in the service's colour: that colour means "answered".
    expect(ctx.fills(BUSINESS, 1)).toEqual([]);
  });

  it('shows a failing copy in flight, in the service colour, until the cursor passes its end', async () => {
    const f = frame(await dataOf(fail, { 1: ['error'] }), 200);
    const ctx = draw(f);
    expect(ctx.fills(F.failed)).toEqual([]);
    expect(extents(ctx.fills(BUSINESS, 1))).toEqual([[xOf(f, 0), xOf(f, 200)]]);
  });

  it("draws each copy as its own bar and a retry's backoff as a dashed line in the service colour", async () => {
    // Sequential: business copy 0 125→375 error, backoff to 425, copy 1 425→675 ok.
    const f = frame(await dataOf({ name: 'sequential' }, { 1: ['error'] }, retrying), Infinity);
    const ctx = draw(f);
    expect(extents(ctx.fills(F.failed, FAILED_FILL_ALPHA))).toEqual([[xOf(f, 125), xOf(f, 375)]]);
    expect(extents(ctx.fills(BUSINESS, 1))).toEqual([[xOf(f, 425), xOf(f, 675)]]);
    const backoff = ctx.calls.filter((c) => c.op === 'lineTo' && c.style === BUSINESS);
    expect(backoff.map((c) => [c.x, c.dashed])).toEqual([[xOf(f, 425), true]]);
  });

  it('runs a backoff under way up to the cursor', async () => {
    const f = frame(await dataOf({ name: 'sequential' }, { 1: ['error'] }, retrying), 400);
    const backoff = draw(f).calls.filter((c) => c.op === 'lineTo' && c.style === BUSINESS);
    expect(backoff.map((c) => c.x)).toEqual([xOf(f, 400)]);
  });

  it("runs the backoff of a call cancelled while waiting up to the call's end", async () => {
    // Session's 429 at 5 backs off for its Retry-After (1 s); business fails for good at 600
    // and the request cancels the rest.
    const data = await dataOf(
      fail,
      { 0: ['busy'], 1: ['error', 'error'] },
      { retries: 1, backoffMs: 100, jitter: 'none', cancelOnFailure: true },
    );
    const f = frame(data, Infinity);
    const backoff = draw(f).calls.filter((c) => c.op === 'lineTo' && c.style === SESSION);
    expect(backoff.map((c) => c.x)).toEqual([xOf(f, 600)]);
  });

  it('clips copies in flight at the cursor, and draws no copy sent after it', async () => {
    const data = await dataOf({ name: 'sequential' }, { 1: ['error'] }, retrying);
    const during = frame(data, 500);
    expect(extents(draw(during).fills(BUSINESS, 1))).toEqual([
      [xOf(during, 425), xOf(during, 500)],
    ]);
    const before = frame(data, 420);
    expect(draw(before).fills(BUSINESS, 1)).toEqual([]);
  });

  it('draws a hedge copy in the lower half of its row, and its withdrawn rival as a grey outline', async () => {
    // Business: copy 0 would take 1000 ms; the hedge at 150 answers at 250; copy 0 is withdrawn.
    const data = await dataOf(
      fail,
      {
        1: [
          { fault: 'ok', ms: 1000 },
          { fault: 'ok', ms: 100 },
        ],
      },
      { hedgeMs: 150 },
    );
    const f = frame(data, Infinity);
    const ctx = draw(f);
    const rowTopPx = laneTopPx(f.layout, 1);
    const rowMiddlePx = rowTopPx + f.layout.laneHeightPx / 2;
    const [hedge] = ctx.fills(BUSINESS, 1);
    expect(hedge && [hedge.x, hedge.x + hedge.w]).toEqual([xOf(f, 150), xOf(f, 250)]);
    expect(hedge?.y).toBeGreaterThanOrEqual(rowMiddlePx);
    expect(hedge && hedge.y + hedge.h).toBeLessThanOrEqual(rowTopPx + f.layout.laneHeightPx);
    const [session] = ctx.fills(SESSION, 1);
    expect(hedge?.h).toBeLessThan((session?.h ?? 0) / 2);
    const withdrawn = ctx.calls.filter((c) => c.op === 'strokeRect' && c.style === F.cancelled);
    const inRow = withdrawn.filter(
      (c) => c.y >= rowTopPx && c.y < rowTopPx + f.layout.laneHeightPx,
    );
    expect(inRow.map((c) => c.dashed)).toEqual([false]);
    expect(inRow[0]?.x).toBeLessThan(xOf(f, 0) + 2);
  });

  it('outlines a timed-out copy with a dashed red line that ends at the deadline', async () => {
    const f = frame(await dataOf(fail, { 0: ['hang'] }, { timeoutMs: 100 }, [125]), Infinity, 400);
    const [outline, ...more] = draw(f).calls.filter(
      (c) => c.op === 'strokeRect' && c.style === F.failed,
    );
    expect(more).toEqual([]);
    expect(outline?.dashed).toBe(true);
    // Drawn inside its bar: the right edge is the deadline's pixel less half the 2 px line.
    expect(outline && outline.x + outline.w + 1).toBe(xOf(f, 100));
  });

  it('fills a 429 copy in amber', async () => {
    const f = frame(await dataOf(fail, { 0: ['busy'] }), Infinity);
    expect(extents(draw(f).fills(F.busy, 1))).toEqual([[xOf(f, 0), xOf(f, 5)]]);
  });

  it('marks a skipped call with a grey × once the request has failed, and draws no bar for it', async () => {
    // Sequential: business fails at 375, user and reviews are never sent.
    const data = await dataOf({ name: 'sequential' }, { 1: ['error'] });
    const strokesIn = (ctx: RecordingCanvas, colour: string) =>
      ctx.calls.filter((c) => c.op === 'lineTo' && c.style === colour);
    expect(strokesIn(draw(frame(data, 300)), F.skipped)).toEqual([]);
    const f = frame(data, Infinity);
    const ctx = draw(f);
    // Two strokes of the × per skipped call, at their ready time (0).
    expect(strokesIn(ctx, F.skipped)).toHaveLength(4);
    const [third, fourth] = P.services.slice(2) as [string, string];
    expect([...ctx.fills(third), ...ctx.fills(fourth)]).toEqual([]);
  });

  it('draws the request-failed line at settledAtMs, labelled, once the cursor reaches it', async () => {
    const data = await dataOf(fail, { 1: ['error'] });
    const failedLine = (ctx: RecordingCanvas) =>
      ctx.calls.filter((c) => c.op === 'lineTo' && c.style === F.failed && !c.dashed);
    const f = frame(data, Infinity);
    const ctx = draw(f);
    expect(failedLine(ctx).map((c) => c.x)).toEqual([xOf(f, 250)]);
    expect(ctx.calls.some((c) => c.op === 'fillText' && c.text === 'request failed')).toBe(true);
    expect(failedLine(draw(frame(data, 249)))).toEqual([]);
  });

  it('keeps failures visible in merged lanes: failed copies in the failure colour on top', async () => {
    const latenciesMs = Array.from({ length: 3000 }, (_, i) => 50 + (i % 7) * 20);
    const script = Object.fromEntries(
      Array.from({ length: 30 }, (_, k) => [k * 100, ['error'] as const]),
    );
    const data = await dataOf({ name: 'worker-pool', limit: 100 }, script, {}, latenciesMs);
    const f = frame(data, Infinity, 3000);
    expect(f.layout.rowsPerLane).toBeGreaterThan(1);
    const ctx = draw(f);
    expect(ctx.fills(F.failed, 1).length).toBeGreaterThan(0);
    const fills = ctx.calls.filter((c) => c.op === 'fillRect');
    const lastFailed = fills.findLastIndex((c) => c.style === F.failed);
    const lastService = fills.findLastIndex((c) => P.services.includes(c.style));
    expect(lastFailed).toBeGreaterThan(lastService);
    expect(ctx.counts.strokeRect).toBe(0);
  });
});
