import { describe, expect, it } from 'vitest';
import { PROJECTOR_EMPHASIS } from '../palette.ts';
import {
  GLYPH_WIDTH_EM,
  LABEL_PADDING_PX,
  laneAtPx,
  laneTopPx,
  preferredHeightPx,
  timelineLayout,
} from './timelineLayout.ts';
import { ROW_CAP_PX } from './timelineSizing.ts';

const base = { widthPx: 1000, heightPx: 560, longestLabelChars: 8 };
// Axis type min(560 / 30, 1000 / 45) = 19 px: a 43 px axis and a 30 px marker band.
const AXIS_PX = 43;
const PLOT_HEIGHT_PX = 560 - AXIS_PX - 30;

describe('timelineLayout', () => {
  it('gives a few calls thick rows that fill the plot, with large labels', () => {
    const layout = timelineLayout({ ...base, rowCount: 4 });
    expect(layout.plotHeightPx).toBe(PLOT_HEIGHT_PX);
    expect(layout).toMatchObject({
      axisFontPx: 19,
      axisHeightPx: AXIS_PX,
      laneHeightPx: ROW_CAP_PX,
      rowsPerLane: 1,
      laneCount: 4,
      rowLabelFontPx: 40,
      labelStride: 1,
      firstLane: 0,
      endLane: 4,
      maxScrollTopPx: 0,
    });
    expect(layout.plotLeftPx).toBe(layout.labelWidthPx);
    // The column follows the type: 8 glyphs at 40 px plus the padding.
    expect(layout.labelWidthPx).toBe(8 * 40 * GLYPH_WIDTH_EM + 2 * LABEL_PADDING_PX);
  });

  it('caps a lone row at a quarter of the plot, so one call is not a wall', () => {
    const one = timelineLayout({ ...base, heightPx: 400, rowCount: 1 });
    expect(one.laneHeightPx).toBeCloseTo(one.plotHeightPx / 4, 9);
  });

  it('shrinks rows to fit, and labels every Nth row when rows get too thin for one each', () => {
    const fit = timelineLayout({ ...base, rowCount: 20 });
    expect(fit.laneHeightPx).toBeCloseTo(PLOT_HEIGHT_PX / 20, 9);
    expect(fit).toMatchObject({ rowLabelFontPx: 12, labelStride: 1 });
    const thin = timelineLayout({ ...base, rowCount: 100 });
    // Rows of 4.87 px: every 4th row is labelled (labels 19.5 px apart, at least 18).
    expect(thin).toMatchObject({
      rowsPerLane: 1,
      labelStride: 4,
      rowLabelFontPx: 12,
      endLane: 100,
    });
  });

  it('grows the label type with the row and the axis type with the frame', () => {
    const sizes = [200, 400, 728, 1000].map((heightPx) =>
      timelineLayout({ ...base, widthPx: 1800, heightPx, rowCount: 4 }),
    );
    const labels = sizes.map((l) => l.rowLabelFontPx);
    const axes = sizes.map((l) => l.axisFontPx);
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
    expect(axes).toEqual([...axes].sort((a, b) => a - b));
    expect([labels[0], labels[3]]).toEqual([19, 40]);
    expect([axes[0], axes[3]]).toEqual([12, 28]);
  });

  it('fits the label type to a narrow canvas: the column stays within 30% of the width', () => {
    const phone = timelineLayout({ ...base, widthPx: 390, heightPx: 600, rowCount: 4 });
    expect(phone.labelWidthPx).toBeLessThanOrEqual(390 * 0.3);
    expect(8 * phone.rowLabelFontPx * GLYPH_WIDTH_EM + 2 * LABEL_PADDING_PX).toBeLessThanOrEqual(
      phone.labelWidthPx,
    );
  });

  it('draws fuller and larger with the projector emphasis', () => {
    const plain = timelineLayout({ ...base, rowCount: 10 });
    const projector = timelineLayout({ ...base, rowCount: 10, emphasis: PROJECTOR_EMPHASIS });
    expect(projector.axisFontPx).toBeGreaterThan(plain.axisFontPx);
    expect(projector.rowLabelFontPx).toBeGreaterThan(plain.rowLabelFontPx);
    expect(projector.emphasis.barFill).toBeGreaterThan(plain.emphasis.barFill);
  });

  it('groups 10,000 calls into lanes of at least 1 px that all stay in view, with a key', () => {
    const layout = timelineLayout({ ...base, rowCount: 10_000 });
    expect(layout.rowsPerLane).toBe(Math.ceil(10_000 / PLOT_HEIGHT_PX));
    expect(layout.laneCount).toBe(Math.ceil(10_000 / layout.rowsPerLane));
    expect(layout.laneHeightPx).toBeGreaterThanOrEqual(1);
    expect(layout.laneCount * layout.laneHeightPx).toBeCloseTo(PLOT_HEIGHT_PX, 6);
    expect([layout.firstLane, layout.endLane]).toEqual([0, layout.laneCount]);
    expect(layout.maxScrollTopPx).toBe(0);
    expect([layout.labelStride, layout.rowLabelFontPx]).toEqual([0, 0]);
  });

  it('in scroll mode keeps 3 px rows and shows only the rows scrolled into view', () => {
    const layout = timelineLayout({
      ...base,
      rowCount: 10_000,
      overflow: 'scroll',
      scrollTopPx: 3000,
    });
    expect(layout).toMatchObject({ rowsPerLane: 1, laneHeightPx: 3, laneCount: 10_000 });
    expect(layout.maxScrollTopPx).toBe(30_000 - PLOT_HEIGHT_PX);
    expect(layout.firstLane).toBe(1000);
    expect(layout.endLane).toBe(1000 + Math.ceil(PLOT_HEIGHT_PX / 3));
    const clamped = timelineLayout({
      ...base,
      rowCount: 10_000,
      overflow: 'scroll',
      scrollTopPx: 1e9,
    });
    expect(clamped.scrollTopPx).toBe(clamped.maxScrollTopPx);
    expect(clamped.endLane).toBe(10_000);
  });

  it('maps y to lanes and lanes to y consistently', () => {
    const layout = timelineLayout({ ...base, rowCount: 4 });
    expect(laneTopPx(layout, 2)).toBe(AXIS_PX + 240);
    expect(laneAtPx(layout, AXIS_PX + 240)).toBe(2);
    expect(laneAtPx(layout, AXIS_PX + 239.9)).toBe(1);
    expect(laneAtPx(layout, AXIS_PX - 1)).toBeNull();
    expect(laneAtPx(layout, AXIS_PX + 4 * ROW_CAP_PX + 1)).toBeNull();
  });

  it('handles an empty run and a zero-sized canvas', () => {
    expect(timelineLayout({ ...base, rowCount: 0 })).toMatchObject({ laneCount: 0, endLane: 0 });
    const tiny = timelineLayout({ widthPx: 0, heightPx: 0, longestLabelChars: 3, rowCount: 50 });
    expect(tiny).toMatchObject({ plotWidthPx: 0, plotHeightPx: 0, endLane: 0 });
  });

  it('uses a forced label column width, so stacked timelines share one time axis', () => {
    const short = timelineLayout({ ...base, rowCount: 4, longestLabelChars: 4, labelWidthPx: 180 });
    const long = timelineLayout({ ...base, rowCount: 5, longestLabelChars: 10, labelWidthPx: 180 });
    expect([short.plotLeftPx, short.plotWidthPx]).toEqual([180, long.plotWidthPx]);
    expect(long.plotLeftPx).toBe(180);
    // The label type shrinks to the forced column rather than overflow it.
    expect(10 * long.rowLabelFontPx * GLYPH_WIDTH_EM + 2 * LABEL_PADDING_PX).toBeLessThanOrEqual(
      180,
    );
    // Absent, the column fits the labels, as before.
    const fitted = timelineLayout({ ...base, rowCount: 4, longestLabelChars: 2 });
    expect(fitted.labelWidthPx).toBeLessThan(180);
    // Still at most 30% of the width, like a computed column.
    const narrow = timelineLayout({ ...base, widthPx: 400, rowCount: 4, labelWidthPx: 180 });
    expect(narrow.labelWidthPx).toBe(120);
  });

  it('asks for a canvas tall enough for 36 px rows, within bounds', () => {
    expect(preferredHeightPx(4)).toBe(36 + 4 * 36 + 26);
    expect(preferredHeightPx(1)).toBe(160);
    expect(preferredHeightPx(10_000)).toBe(560);
  });
});
