import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE as P, PROJECTOR_EMPHASIS } from '../palette.ts';
import { PROJECTOR_PALETTE } from '../projectorPalette.ts';
import { renderTimeline, type TimelineFrame } from './renderTimeline.ts';
import { RecordingCanvas, type DrawCall } from './testing/recordingCanvas.ts';
import { stillFrame } from './testing/stillFrame.ts';
import { dataOf, modelData } from './testing/timelineFixtures.ts';
import type { TimelineData } from './timelineData.ts';
import { timelineGeometry } from './timelineGeometry.ts';
import { laneTopPx } from './timelineLayout.ts';
import { markerLabelBox } from './timelineMarkers.ts';

function draw(f: TimelineFrame): RecordingCanvas {
  const ctx = new RecordingCanvas();
  renderTimeline(ctx, f);
  return ctx;
}

/** The talk's four calls, run one after another (125, 250, 375, 500 ms). */
const TALK = dataOf([
  { service: 'session', startMs: 0, endMs: 125 },
  { service: 'business', startMs: 125, endMs: 375 },
  { service: 'user', startMs: 375, endMs: 750 },
  { service: 'reviews', startMs: 750, endMs: 1250 },
]);

/** Bars: filled rectangles in any service colour at full alpha, inside the plot. */
function barsOf(ctx: RecordingCanvas, f: TimelineFrame): DrawCall[] {
  const dpr = f.devicePixelRatio;
  const colours = new Set(f.palette.services);
  return ctx.calls.filter(
    (c) =>
      c.op === 'fillRect' &&
      c.alpha === 1 &&
      colours.has(c.style) &&
      c.x >= f.layout.plotLeftPx * dpr,
  );
}

function intersects(a: DrawCall, b: DrawCall): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('renderTimeline at any size, density and theme', () => {
  it.each([1, 1.5, 2, 3])(
    'puts every rectangle on whole device pixels and sizes text in device px at DPR %s',
    (dpr) => {
      const data = modelData(300, { name: 'batches', limit: 7 }, ['a', 'b']);
      const f = stillFrame(
        data,
        2345,
        { widthPx: 487, heightPx: 301, axisEndMs: 5000 },
        {
          devicePixelRatio: dpr,
          predictedMakespanMs: 4000,
        },
      );
      const ctx = new RecordingCanvas();
      const fonts: string[] = [];
      const fillText = ctx.fillText.bind(ctx);
      ctx.fillText = (text, x, y) => {
        fonts.push(ctx.font);
        fillText(text, x, y);
      };
      renderTimeline(ctx, f);
      for (const r of ctx.calls.filter((c) => c.op === 'fillRect')) {
        expect([r.x, r.y, r.w, r.h].every(Number.isInteger)).toBe(true);
      }
      const axisDevPx = Math.round(f.layout.axisFontPx * dpr);
      expect(fonts).toContain(
        `600 ${axisDevPx}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`,
      );
      for (const font of fonts) expect(font).toMatch(/^600 \d+px /);
    },
  );

  it('lets the talk’s four calls fill at least 40% of slide-sized timeline boxes', () => {
    // Timeline boxes of a 1280x720 and a 1920x1080 slide, from small to the whole frame.
    for (const [widthPx, heightPx] of [
      [1200, 300],
      [1200, 480],
      [1800, 460],
      [1800, 728],
      [1900, 1000],
    ] as const) {
      const { layout } = timelineGeometry({ data: TALK, widthPx, heightPx, axisEndMs: 1250 });
      expect((4 * layout.laneHeightPx) / heightPx).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('draws the projector theme’s bars fuller than the default theme’s', () => {
    const size = { widthPx: 1200, heightPx: 480, axisEndMs: 1250 };
    const plain = stillFrame(TALK, Infinity, size);
    const projector = {
      ...stillFrame(TALK, Infinity, size),
      ...timelineGeometry({ data: TALK, ...size, emphasis: PROJECTOR_EMPHASIS }),
      palette: PROJECTOR_PALETTE,
    };
    const plainBar = barsOf(draw(plain), plain)[0];
    const projectorBar = barsOf(draw(projector), projector)[0];
    expect(plainBar && projectorBar).toBeTruthy();
    if (!plainBar || !projectorBar) return;
    expect(projectorBar.h / projector.layout.laneHeightPx).toBeGreaterThan(0.85);
    expect(plainBar.h / plain.layout.laneHeightPx).toBeLessThan(0.75);
  });

  it('puts the "predicted" label under the plot, clear of every bar (even the last one)', () => {
    for (const dpr of [1, 2]) {
      const f = stillFrame(
        TALK,
        Infinity,
        { widthPx: 800, heightPx: 300, axisEndMs: 1300 },
        {
          predictedMakespanMs: 1250,
          devicePixelRatio: dpr,
        },
      );
      const ctx = draw(f);
      const bars = barsOf(ctx, f);
      expect(bars).toHaveLength(4);
      const label = ctx.calls.find((c) => c.op === 'fillText' && c.text === 'predicted');
      const patch = ctx.calls.find((c) => c.op === 'fillRect' && c.alpha === 0.85);
      expect(label && patch).toBeTruthy();
      if (!label || !patch) return;
      for (const bar of bars) expect(intersects(patch, bar)).toBe(false);
      expect(label.y).toBeGreaterThan((f.layout.plotTopPx + f.layout.plotHeightPx) * dpr);
      expect(label.y).toBeLessThan(f.layout.heightPx * dpr);
    }
  });

  it('keeps a marker label box in the band under the plot, beside its line', () => {
    const { layout } = timelineGeometry({ data: TALK, widthPx: 800, heightPx: 300, axisEndMs: 1 });
    const right = markerLabelBox(layout, layout.plotLeftPx + layout.plotWidthPx, 80, 2, false);
    const plotBottomPx = layout.plotTopPx + layout.plotHeightPx;
    expect(right.topPx).toBeGreaterThanOrEqual(plotBottomPx);
    expect(right.topPx + right.heightPx).toBeLessThanOrEqual(plotBottomPx + layout.markerBandPx);
    expect(right.leftPx + right.widthPx).toBeLessThanOrEqual(
      layout.plotLeftPx + layout.plotWidthPx,
    );
    const left = markerLabelBox(layout, layout.plotLeftPx, 80, 2, false);
    expect(left.leftPx).toBeGreaterThan(layout.plotLeftPx);
  });

  it('labels 60 services on their own rows, every Nth row when rows are thin', () => {
    const services = Array.from({ length: 60 }, (_, i) => `svc-${i + 1}`);
    const data: TimelineData = dataOf(
      services.map((service, i) => ({ service, startMs: i * 10, endMs: i * 10 + 50 })),
    );
    for (const heightPx of [1400, 400]) {
      const f = stillFrame(data, Infinity, { widthPx: 1200, heightPx, axisEndMs: 700 });
      const { layout } = f;
      const ctx = draw(f);
      const labels = ctx.calls.filter(
        (c) => c.op === 'fillText' && c.text.startsWith('svc-') && c.y > layout.plotTopPx,
      );
      expect(labels.length).toBe(Math.ceil(60 / layout.labelStride));
      for (const label of labels) {
        const row = services.indexOf(label.text);
        expect(row % layout.labelStride).toBe(0);
        expect(label.y).toBe(Math.round(laneTopPx(layout, row) + layout.laneHeightPx / 2));
      }
      // Rows are apart enough for their labels not to touch.
      expect(layout.labelStride * layout.laneHeightPx).toBeGreaterThanOrEqual(18);
    }
  });

  it('tells services beyond the 16 hues apart by stripes across their bars', () => {
    const services = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const data = dataOf(services.map((service) => ({ service, startMs: 0, endMs: 100 })));
    const f = stillFrame(data, Infinity, { widthPx: 1200, heightPx: 900, axisEndMs: 100 });
    const ctx = draw(f);
    const [first] = P.services;
    const bars = barsOf(ctx, f).filter((c) => c.style === first);
    // s0 and s16 share the first hue; only s16's bar carries a background stripe.
    expect(bars).toHaveLength(2);
    const stripes = ctx.calls.filter(
      (c) => c.op === 'fillRect' && c.style === P.background && c.x >= f.layout.plotLeftPx,
    );
    const striped = bars.filter((bar) => stripes.some((s) => intersects(s, bar)));
    expect(striped).toHaveLength(1);
    expect(striped[0]?.y).toBeGreaterThan(bars[0]?.y ?? Infinity);
  });
});
