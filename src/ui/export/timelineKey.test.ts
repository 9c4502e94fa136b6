import { describe, expect, it } from 'vitest';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { LIGHT_PALETTE } from '../palette.ts';
import { timelineDataFromTrace } from '../timeline/index.ts';
import { dataOf, modelData } from '../timeline/testing/timelineFixtures.ts';
import { timelineSwatch } from './swatchShapes.ts';
import { timelineKey, TIMELINE_KEY_KINDS } from './timelineKey.ts';

const TALK = [125, 250, 375, 500];
const whole = { predictedMakespanMs: 1250, nowMs: Infinity, axisEndMs: 1250 };
const kinds = (entries: ReturnType<typeof timelineKey>) => entries.map((e) => e.kind);

describe('timelineKey', () => {
  it('lists queued, in flight and the predicted marker for a run without faults', () => {
    const sequential = modelData(4, { name: 'sequential' });
    const axisEndMs = Math.max(...sequential.endedAtMs);
    expect(
      kinds(timelineKey(sequential, { ...whole, axisEndMs, predictedMakespanMs: axisEndMs })),
    ).toEqual(['queued', 'in-flight', 'predicted']);
  });

  it('leaves out queued when every call is sent at once, and predicted when there is none', async () => {
    const { trace } = await faultyRun(TALK, { name: 'promise-all' }, {});
    const data = timelineDataFromTrace(trace);
    expect(kinds(timelineKey(data, { ...whole, predictedMakespanMs: null }))).toEqual([
      'in-flight',
    ]);
  });

  it('lists the failure styles the run drew, with the failure legend’s words', async () => {
    const { trace } = await faultyRun(
      TALK,
      { name: 'promise-all' },
      { 0: ['error', 'busy'] },
      { retries: 1, backoffMs: 10, jitter: 'none' },
    );
    const key = timelineKey(timelineDataFromTrace(trace), { ...whole, predictedMakespanMs: null });
    expect(kinds(key)).toEqual(['in-flight', 'failed', 'busy', 'backoff', 'request-failed']);
    expect(key.find((e) => e.kind === 'busy')?.label).toBe('rate limited (429)');
  });

  it('lists local work, and the cursor only when the picture has one', () => {
    const data = dataOf(
      [{ service: 'a', startMs: 0, endMs: 100 }],
      [{ startedAtMs: 0, endedAtMs: 300 }],
    );
    expect(kinds(timelineKey(data, { ...whole, predictedMakespanMs: null, nowMs: 50 }))).toEqual([
      'in-flight',
      'work',
      'now',
    ]);
  });
});

describe('timelineSwatch', () => {
  const box = { xPx: 100, yPx: 50, widthPx: 28, heightPx: 14 };

  it('draws every kind inside its box', () => {
    for (const kind of TIMELINE_KEY_KINDS) {
      const shapes = timelineSwatch(kind, LIGHT_PALETTE, box, 3);
      expect(shapes.length).toBeGreaterThan(0);
      for (const s of shapes) {
        const xs = s.shape === 'line' ? [s.x1Px, s.x2Px] : [s.xPx, s.xPx + s.widthPx];
        const ys = s.shape === 'line' ? [s.y1Px, s.y2Px] : [s.yPx, s.yPx + s.heightPx];
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
        expect(Math.max(...xs)).toBeLessThanOrEqual(128);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(50);
        expect(Math.max(...ys)).toBeLessThanOrEqual(64);
      }
    }
  });

  it('shows one stripe per service colour, queued lighter than in flight', () => {
    const inFlight = timelineSwatch('in-flight', LIGHT_PALETTE, box, 3);
    expect(inFlight.map((s) => (s.shape === 'rect' ? s.fill : ''))).toEqual(
      LIGHT_PALETTE.services.slice(0, 3),
    );
    const queued = timelineSwatch('queued', LIGHT_PALETTE, box, 3);
    expect(queued.map((s) => (s.shape === 'rect' ? s.fill : ''))).toEqual(
      LIGHT_PALETTE.services.slice(0, 3),
    );
    expect(queued.every((s) => s.shape === 'rect' && s.opacity < 1)).toBe(true);
  });

  it('draws the prediction as a dashed line, as the timeline does', () => {
    expect(timelineSwatch('predicted', LIGHT_PALETTE, box, 1)).toEqual([
      expect.objectContaining({ shape: 'line', stroke: LIGHT_PALETTE.predicted, dashPx: [6, 4] }),
    ]);
  });
});
