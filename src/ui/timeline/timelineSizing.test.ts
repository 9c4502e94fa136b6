import { describe, expect, it } from 'vitest';
import { PROJECTOR_EMPHASIS } from '../palette.ts';
import {
  axisFontPx,
  axisHeightPx,
  barInsetDevPx,
  lineDevPx,
  maxRowPx,
  rowLabelFontPx,
} from './timelineSizing.ts';

describe('timeline sizing', () => {
  it('grows the axis type with the frame’s height, held back on narrow frames, 12..28 px', () => {
    expect(axisFontPx(1280, 480)).toBe(16);
    expect(axisFontPx(1800, 728)).toBe(24);
    expect(axisFontPx(1900, 1000)).toBe(28);
    expect(axisFontPx(1280, 200)).toBe(12);
    // A phone: tall but narrow.
    expect(axisFontPx(390, 700)).toBe(12);
    expect(axisFontPx(1280, 480, PROJECTOR_EMPHASIS)).toBe(19);
    expect(axisHeightPx(16)).toBe(36);
  });

  it('gives the projector larger type than the screen also at the largest frames', () => {
    // The screen's axis type stops at 28 px; the projector's cap is 1.2 x that.
    expect(axisFontPx(1920, 1080)).toBe(28);
    expect(axisFontPx(1920, 1080, PROJECTOR_EMPHASIS)).toBe(34);
    expect(rowLabelFontPx(200, 500)).toBe(40);
    expect(rowLabelFontPx(200, 500, PROJECTOR_EMPHASIS)).toBe(48);
  });

  it('lets rows grow to a quarter of the plot, between 36 and 120 px', () => {
    expect(maxRowPx(100)).toBe(36);
    expect(maxRowPx(300)).toBe(75);
    expect(maxRowPx(1000)).toBe(120);
  });

  it('sizes row labels at half the row, 12..40 px, within the column', () => {
    expect(rowLabelFontPx(20, Infinity)).toBe(12);
    expect(rowLabelFontPx(60, Infinity)).toBe(30);
    expect(rowLabelFontPx(120, Infinity)).toBe(40);
    expect(rowLabelFontPx(60, 22)).toBe(22);
    expect(rowLabelFontPx(60, Infinity, PROJECTOR_EMPHASIS)).toBe(36);
  });

  it('draws bars to the theme’s fill on whole device pixels, full in thin lanes', () => {
    expect(barInsetDevPx(100, 1, 0.72)).toBe(14);
    expect(barInsetDevPx(100, 1, 0.88)).toBe(6);
    expect(barInsetDevPx(150, 1.5, 0.72)).toBe(21);
    expect(barInsetDevPx(5, 1, 0.72)).toBe(0);
    expect(lineDevPx(1.5)).toBe(2);
    expect(lineDevPx(1, PROJECTOR_EMPHASIS)).toBe(2);
    expect(lineDevPx(0.5)).toBe(1);
  });
});
