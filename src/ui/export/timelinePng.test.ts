import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../palette.ts';
import { RecordingCanvas } from '../timeline/testing/recordingCanvas.ts';
import { modelData } from '../timeline/testing/timelineFixtures.ts';
import {
  timelinePng,
  timelinePngLayout,
  timelinePngSize,
  TIMELINE_SUBTITLE,
  type PngSurfaceFactory,
} from './timelinePng.ts';

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
const words = { title: 'Sequential · 4 calls', caption: 'Makespan 1,250 ms · predicted 1,250 ms' };

describe('timelinePng', () => {
  it('draws the whole run with the lab renderer and returns the encoded PNG', async () => {
    const data = modelData(4, { name: 'sequential' });
    const { factory, canvases } = recordingSurface();
    const axisEndMs = Math.max(...data.endedAtMs);
    const blob = await timelinePng(data, { ...options, axisEndMs }, 1, factory);
    expect(blob.type).toBe('image/png');
    const canvas = canvases[0];
    // Background first, then one in-flight bar per call in the services' colours (in the body:
    // the key's swatches below it use the same colours).
    expect(canvas?.calls[0]).toMatchObject({ op: 'fillRect', style: LIGHT_PALETTE.background });
    const { layout } = timelinePngLayout(data, { ...options, axisEndMs });
    const inBody = (y: number) => y < layout.body.heightPx;
    const bars = LIGHT_PALETTE.services.flatMap((colour) => canvas?.fills(colour, 1) ?? []);
    expect(bars.filter((bar) => inBody(bar.y))).toHaveLength(4);
    expect(canvas?.calls.some((c) => c.op === 'fillText' && c.text.includes('session'))).toBe(true);
  });

  it('adds the title above the timeline and its key and the caption under it', async () => {
    const data = modelData(4, { name: 'sequential' });
    const { factory, canvases, sizes } = recordingSurface();
    await timelinePng(data, { ...options, words }, 1, factory);
    const texts = canvases[0]?.calls.filter((c) => c.op === 'fillText') ?? [];
    const yOf = (text: string) => texts.find((c) => c.text === text)?.y ?? NaN;
    const { layout } = timelinePngLayout(data, { ...options, words });
    const bodyTopPx = layout.body.yPx;
    const bodyBottomPx = bodyTopPx + layout.body.heightPx;
    expect(yOf('Sequential · 4 calls')).toBeLessThan(yOf(TIMELINE_SUBTITLE));
    expect(yOf(TIMELINE_SUBTITLE)).toBeLessThan(bodyTopPx);
    for (const label of ['queued (lighter: waiting to be sent)', 'predicted makespan']) {
      expect(yOf(label)).toBeGreaterThan(bodyBottomPx);
    }
    expect(yOf('Makespan 1,250 ms · predicted 1,250 ms')).toBeGreaterThan(
      yOf('predicted makespan'),
    );
    const timeline = timelinePngSize(data, {});
    expect(sizes[0]).toEqual([timeline.widthPx, layout.heightPx]);
    expect(layout.heightPx).toBeGreaterThan(timeline.heightPx + 100);
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

  it('defaults to a slide-wide timeline whose height fits the rows', () => {
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
