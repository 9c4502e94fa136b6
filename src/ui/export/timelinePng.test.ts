import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../palette.ts';
import { RecordingCanvas } from '../timeline/testing/recordingCanvas.ts';
import { modelData } from '../timeline/testing/timelineFixtures.ts';
import { timelinePng, timelinePngSize, type PngSurfaceFactory } from './timelinePng.ts';

/** A surface that records what was drawn and "encodes" to a Blob naming its size. */
function recordingSurface(): {
  factory: PngSurfaceFactory;
  canvases: RecordingCanvas[];
  sizes: number[][];
} {
  const canvases: RecordingCanvas[] = [];
  const sizes: number[][] = [];
  const factory: PngSurfaceFactory = (w, h) => {
    const context = new RecordingCanvas();
    canvases.push(context);
    sizes.push([w, h]);
    return { context, toPng: async () => new Blob([`${w}x${h}`], { type: 'image/png' }) };
  };
  return { factory, canvases, sizes };
}

const options = { axisEndMs: 1250, predictedMakespanMs: 1250, palette: LIGHT_PALETTE };

describe('timelinePng', () => {
  it('draws the whole run with the lab renderer and returns the encoded PNG', async () => {
    const data = modelData(4, { name: 'sequential' });
    const { factory, canvases } = recordingSurface();
    const axisEndMs = Math.max(...data.endedAtMs);
    const blob = await timelinePng(data, { ...options, axisEndMs }, 1, factory);
    expect(blob.type).toBe('image/png');
    const canvas = canvases[0];
    // Background first, then one in-flight bar per call in the services' colours.
    expect(canvas?.calls[0]).toMatchObject({ op: 'fillRect', style: LIGHT_PALETTE.background });
    const bars = LIGHT_PALETTE.services.flatMap((colour) => canvas?.fills(colour, 1) ?? []);
    expect(bars).toHaveLength(4);
    expect(canvas?.calls.some((c) => c.op === 'fillText' && c.text.includes('session'))).toBe(true);
  });

  it('is twice as many pixels each way at 2x, the same picture drawn sharper', async () => {
    const data = modelData(4, { name: 'promise-all' });
    const one = recordingSurface();
    const two = recordingSurface();
    await timelinePng(data, options, 1, one.factory);
    await timelinePng(data, options, 2, two.factory);
    const [w1, h1] = one.sizes[0] ?? [];
    expect(two.sizes[0]).toEqual([2 * (w1 ?? 0), 2 * (h1 ?? 0)]);
    const background = (c: RecordingCanvas | undefined) => c?.calls[0];
    expect(background(two.canvases[0])).toMatchObject({ w: 2 * (w1 ?? 0), h: 2 * (h1 ?? 0) });
  });

  it('defaults to a slide-wide picture whose height fits the rows', () => {
    expect(timelinePngSize(modelData(4, { name: 'sequential' }), {})).toEqual({
      widthPx: 1280,
      // The axis of 16 px type, four rows of 36 px and the band that holds the "predicted" label.
      heightPx: 36 + 4 * 36 + 26,
    });
    expect(timelinePngSize(modelData(5000, { name: 'sequential' }), {}).heightPx).toBe(720);
    expect(
      timelinePngSize(modelData(4, { name: 'sequential' }), { widthPx: 800, heightPx: 300 }),
    ).toEqual({ widthPx: 800, heightPx: 300 });
  });

  it('says so when the browser gives no 2D context', async () => {
    const factory: PngSurfaceFactory = () => ({ context: null, toPng: async () => new Blob() });
    await expect(
      timelinePng(modelData(1, { name: 'sequential' }), options, 1, factory),
    ).rejects.toThrow(/no 2D canvas/);
  });
});
