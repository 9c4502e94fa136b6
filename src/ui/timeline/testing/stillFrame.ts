import { LIGHT_PALETTE } from '../../palette.ts';
import type { TimelineFrame } from '../renderTimeline.ts';
import type { TimelineData } from '../timelineData.ts';
import { timelineGeometry } from '../timelineGeometry.ts';

/** The canvas size and time axis a test draws on. */
export interface StillFrameSize {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly axisEndMs: number;
}

/**
 * A frame as the app would draw it at rest (test helper): the light palette, one pixel per CSS
 * pixel, no prediction line and no highlighted row unless `more` asks for them, so a test states
 * only what it is about.
 */
export function stillFrame(
  data: TimelineData,
  nowMs: number,
  size: StillFrameSize,
  more: Partial<TimelineFrame> = {},
): TimelineFrame {
  return {
    ...timelineGeometry({ data, ...size }),
    data,
    nowMs,
    predictedMakespanMs: null,
    palette: LIGHT_PALETTE,
    devicePixelRatio: 1,
    highlightCall: null,
    ...more,
  };
}
