import { describe, expect, it } from 'vitest';
import { fitQueueLabel } from './fitQueueLabel.ts';
import { queueLabelFontPx, queueLanePx, serverTimelineLayout } from './serverTimelineLayout.ts';

// 15 px type at 0.6 em per glyph.
const measure = (text: string): number => text.length * 9;

describe('queue lane labels', () => {
  it('shows the full name and the count when both fit', () => {
    expect(fitQueueLabel('waiting at client', 'at client', 12, 300, measure)).toEqual({
      label: 'waiting at client',
      count: '12',
    });
  });

  it('shortens the name, then drops the count, rather than overlap them', () => {
    expect(fitQueueLabel('waiting at client', 'at client', 12, 120, measure)).toEqual({
      label: 'at client',
      count: '12',
    });
    expect(fitQueueLabel('waiting at client', 'at client', 123_456, 100, measure)).toEqual({
      label: 'at client',
      count: null,
    });
  });

  it('never lets the count overlap the name on a phone-wide canvas', () => {
    const layout = serverTimelineLayout({
      workerCount: 4,
      widthPx: 390,
      heightPx: 400,
      longestLabelChars: 20,
    });
    const availablePx = layout.axis.plotLeftPx - 12 - 6;
    const glyphPx = layout.queueFontPx * 0.6;
    const width = (text: string): number => text.length * glyphPx;
    for (const count of [3, 4567]) {
      const text = fitQueueLabel('waiting at server', 'at server', count, availablePx, width);
      const used = width(text.label) + (text.count === null ? 0 : width(text.count) + 8);
      expect(used).toBeLessThanOrEqual(availablePx);
    }
  });

  it('scales the queue lanes and their type with the frame', () => {
    expect(queueLanePx(300)).toBe(24);
    expect(queueLanePx(600)).toBe(42);
    expect(queueLanePx(2000)).toBe(56);
    expect(queueLabelFontPx(24)).toBe(12);
    expect(queueLabelFontPx(42)).toBe(21);
    const tall = serverTimelineLayout({
      workerCount: 4,
      widthPx: 1800,
      heightPx: 700,
      longestLabelChars: 20,
    });
    expect(tall.queueLaneHeightPx).toBe(49);
    expect(tall.workers.laneHeightPx).toBeGreaterThan(36);
    // A wide canvas gives the column room for the full queue labels and a 6-digit count.
    const glyphPx = tall.queueFontPx * 0.6;
    const width = (text: string): number => text.length * glyphPx;
    const availablePx = tall.axis.plotLeftPx - 12 - 6;
    expect(fitQueueLabel('waiting at server', 'at server', 123_456, availablePx, width)).toEqual({
      label: 'waiting at server',
      count: '123456',
    });
  });
});
