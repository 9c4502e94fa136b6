import type { Millis } from '../../core/clock.ts';
import type { FrameSource } from './frameSource.ts';

/** How often the charts follow a running run (SVG re-renders are costly next to the mocks). */
export const CHART_REFRESH_MS = 200;

/** The one pending animation frame of a controller: schedule the next tick, or cancel it. */
export interface FrameLoop {
  /** Runs `tick` on the next frame (a tick that wants another calls `next` again). */
  readonly next: (tick: () => void) => void;
  /** Cancels the pending frame, if any. */
  readonly stop: () => void;
}

export function createFrameLoop(frames: FrameSource): FrameLoop {
  let frame: number | null = null;
  return {
    next: (tick) => {
      frame = frames.request(() => {
        frame = null;
        tick();
      });
    },
    stop: () => {
      if (frame !== null) frames.cancel(frame);
      frame = null;
    },
  };
}

/** Lets the charts refresh at most every CHART_REFRESH_MS of wall time. */
export interface ChartThrottle {
  /** True (and the refresh counted) when CHART_REFRESH_MS have passed since the last refresh. */
  readonly due: (wallMs: Millis) => boolean;
  /** Forgets the last refresh: the next `due` is true. */
  readonly reset: () => void;
}

export function createChartThrottle(): ChartThrottle {
  let lastChartAtMs = -Infinity;
  return {
    due: (wallMs) => {
      if (wallMs - lastChartAtMs < CHART_REFRESH_MS) return false;
      lastChartAtMs = wallMs;
      return true;
    },
    reset: () => {
      lastChartAtMs = -Infinity;
    },
  };
}
