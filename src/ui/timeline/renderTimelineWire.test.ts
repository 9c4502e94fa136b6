import { describe, expect, it } from 'vitest';
import type { CallSpan, Trace, WirePhases } from '../../core/trace.ts';
import { LIGHT_FAILURES as F, LIGHT_PALETTE as P, LIGHT_WIRE as W } from '../palette.ts';
import { FAILED_FILL_ALPHA, renderTimeline, type TimelineFrame } from './renderTimeline.ts';
import { RecordingCanvas } from './testing/recordingCanvas.ts';
import { stillFrame } from './testing/stillFrame.ts';
import { timelineDataFromTrace } from './timelineData.ts';
import { toPx } from './timeScale.ts';

const [SESSION] = P.services as [string];

/** The 7th of twelve promise-all calls over HTTP/1.1: queued 500 ms behind the first six. */
const QUEUED: WirePhases = {
  queuedMs: 500,
  connectMs: 20,
  waitingMs: 400,
  downloadMs: 60,
  protocol: 'http/1.1',
};

function call(wire: WirePhases | undefined, more: Partial<CallSpan> = {}): CallSpan {
  return {
    request: 0,
    index: 0,
    service: 'session',
    latencyMs: 400,
    readyAtMs: 0,
    startedAtMs: 0,
    endedAtMs: 1000,
    status: 'ok',
    ...(wire ? { wire } : {}),
    ...more,
  };
}

function frameOf(calls: readonly CallSpan[], nowMs = Infinity): TimelineFrame {
  const trace: Trace = { calls, work: [], makespanMs: 1000 };
  return stillFrame(timelineDataFromTrace(trace), nowMs, {
    widthPx: 1000,
    heightPx: 200,
    axisEndMs: 1200,
  });
}

function draw(f: TimelineFrame): RecordingCanvas {
  const ctx = new RecordingCanvas();
  renderTimeline(ctx, f);
  return ctx;
}

const xOf = (f: TimelineFrame, ms: number) => Math.round(toPx(f.scale, ms));
const extents = (rects: ReadonlyArray<{ x: number; w: number }>) =>
  rects.map((r) => [r.x, r.x + r.w]);

describe('renderTimeline with wire phases', () => {
  it('splits a bar into browser queue, set-up, waiting, download and the rest, at the scale', () => {
    const f = frameOf([call(QUEUED)]);
    const ctx = draw(f);
    expect(extents(ctx.fills(W.queued, 1))).toEqual([[xOf(f, 0), xOf(f, 500)]]);
    expect(extents(ctx.fills(W.connect, 1))).toEqual([[xOf(f, 500), xOf(f, 520)]]);
    expect(extents(ctx.fills(W.download, 1))).toEqual([[xOf(f, 920), xOf(f, 980)]]);
    // Waiting for the first byte, and the engine's time after the last, in the service's colour.
    expect(extents(ctx.fills(SESSION, 1))).toEqual([
      [xOf(f, 520), xOf(f, 920)],
      [xOf(f, 980), xOf(f, 1000)],
    ]);
  });

  it('hatches the browser queue, inside its bar only', () => {
    const f = frameOf([call(QUEUED)]);
    const hatch = draw(f).fills(W.queuedHatch, 1);
    expect(hatch.length).toBeGreaterThan(50);
    for (const line of hatch) {
      expect(line.x).toBeGreaterThanOrEqual(xOf(f, 0));
      expect(line.x + line.w).toBeLessThanOrEqual(xOf(f, 500));
    }
  });

  it('draws no set-up on a reused connection and no wire colours for a call without phases', () => {
    const reused = { ...QUEUED, queuedMs: 0, connectMs: 0 };
    const f = frameOf([call(reused), call(undefined, { index: 1 })]);
    const ctx = draw(f);
    expect(ctx.fills(W.queued)).toEqual([]);
    expect(ctx.fills(W.connect)).toEqual([]);
    expect(ctx.fills(W.download)).toHaveLength(1);
  });

  it('clips the phases at the cursor: inside the queue, only the queue so far', () => {
    const f = frameOf([call(QUEUED)], 300);
    const ctx = draw(f);
    expect(extents(ctx.fills(W.queued, 1))).toEqual([[xOf(f, 0), xOf(f, 300)]]);
    expect(ctx.fills(SESSION, 1)).toEqual([]);
    expect(ctx.fills(W.connect)).toEqual([]);
  });

  it('draws a failed copy’s queue in the wire style and its answer as a failure', () => {
    const copy = {
      attempt: 0,
      hedge: false,
      latencyMs: 400,
      startedAtMs: 0,
      endedAtMs: 1000,
      outcome: 'error' as const,
      wire: QUEUED,
    };
    const f = frameOf([call(undefined, { status: 'failed', attempts: [copy] })]);
    const ctx = draw(f);
    expect(extents(ctx.fills(W.queued, 1))).toEqual([[xOf(f, 0), xOf(f, 500)]]);
    expect(extents(ctx.fills(F.failed, FAILED_FILL_ALPHA))).toEqual([[xOf(f, 520), xOf(f, 1000)]]);
  });
});
