import { describe, expect, it } from 'vitest';
import {
  AXIS_HEIGHT_PX,
  MAX_ROW_PX,
  laneAtPx,
  laneTopPx,
  preferredHeightPx,
  timelineLayout,
} from './timelineLayout.ts';

const base = { widthPx: 1000, heightPx: 560, longestLabelChars: 8 };
// 560 - 36 (axis) - 8 (bottom padding)
const PLOT_HEIGHT_PX = 516;

describe('timelineLayout', () => {
  it('gives a few calls thick, labelled rows', () => {
    const layout = timelineLayout({ ...base, rowCount: 4 });
    expect(layout.plotHeightPx).toBe(PLOT_HEIGHT_PX);
    expect(layout).toMatchObject({
      laneHeightPx: MAX_ROW_PX,
      rowsPerLane: 1,
      laneCount: 4,
      rowLabelFontPx: 20,
      firstLane: 0,
      endLane: 4,
      maxScrollTopPx: 0,
    });
    expect(layout.plotLeftPx).toBe(layout.labelWidthPx);
    expect(layout.labelWidthPx).toBeGreaterThanOrEqual(8 * 20 * 0.6);
  });

  it('shrinks rows to fit, and drops per-row labels when they get too thin to read', () => {
    const fit = timelineLayout({ ...base, rowCount: 20 });
    expect(fit.laneHeightPx).toBeCloseTo(PLOT_HEIGHT_PX / 20, 9);
    expect(fit.rowLabelFontPx).toBe(14);
    const thin = timelineLayout({ ...base, rowCount: 100 });
    expect(thin).toMatchObject({ rowsPerLane: 1, rowLabelFontPx: 0, endLane: 100 });
  });

  it('groups 10,000 calls into lanes of at least 1 px that all stay in view', () => {
    const layout = timelineLayout({ ...base, rowCount: 10_000 });
    expect(layout.rowsPerLane).toBe(Math.ceil(10_000 / PLOT_HEIGHT_PX));
    expect(layout.laneCount).toBe(Math.ceil(10_000 / layout.rowsPerLane));
    expect(layout.laneHeightPx).toBeGreaterThanOrEqual(1);
    expect(layout.laneCount * layout.laneHeightPx).toBeCloseTo(PLOT_HEIGHT_PX, 6);
    expect([layout.firstLane, layout.endLane]).toEqual([0, layout.laneCount]);
    expect(layout.maxScrollTopPx).toBe(0);
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
    expect(layout.endLane).toBe(1172);
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
    expect(laneTopPx(layout, 2)).toBe(AXIS_HEIGHT_PX + 72);
    expect(laneAtPx(layout, AXIS_HEIGHT_PX + 72)).toBe(2);
    expect(laneAtPx(layout, AXIS_HEIGHT_PX + 71.9)).toBe(1);
    expect(laneAtPx(layout, AXIS_HEIGHT_PX - 1)).toBeNull();
    expect(laneAtPx(layout, AXIS_HEIGHT_PX + 4 * 36 + 1)).toBeNull();
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
    // Absent, the column fits the labels, as before.
    const fitted = timelineLayout({ ...base, rowCount: 4, longestLabelChars: 4 });
    expect(fitted.labelWidthPx).toBeLessThan(180);
    // Still at most 30% of the width, like a computed column.
    const narrow = timelineLayout({ ...base, widthPx: 400, rowCount: 4, labelWidthPx: 180 });
    expect(narrow.labelWidthPx).toBe(120);
  });

  it('asks for a canvas tall enough for full-size rows, within bounds', () => {
    expect(preferredHeightPx(4)).toBe(AXIS_HEIGHT_PX + 4 * MAX_ROW_PX + 8);
    expect(preferredHeightPx(1)).toBe(160);
    expect(preferredHeightPx(10_000)).toBe(560);
  });
});
