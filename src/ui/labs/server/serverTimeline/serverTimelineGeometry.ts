import { timeScale, type TimeScale, type TimelineEmphasis } from '../../../timeline/index.ts';
import { serverTimelineLayout, type ServerTimelineLayout } from './serverTimelineLayout.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { longestWorkerLabelChars } from './workerLabels.ts';

/** Layout and time scale of one canvas size; the renderer, hit test and tooltip share them. */
export interface ServerTimelineGeometry {
  readonly layout: ServerTimelineLayout;
  readonly scale: TimeScale;
}

export function serverTimelineGeometry(
  data: ServerTimelineData,
  widthPx: number,
  heightPx: number,
  axisEndMs: number,
  emphasis?: TimelineEmphasis,
): ServerTimelineGeometry {
  const layout = serverTimelineLayout({
    workerCount: data.workerCount,
    widthPx,
    heightPx,
    longestLabelChars: longestWorkerLabelChars(data),
    emphasis,
  });
  const { plotLeftPx, plotWidthPx } = layout.axis;
  const endMs = Number.isFinite(axisEndMs) && axisEndMs > 0 ? axisEndMs : 1;
  return { layout, scale: timeScale(0, endMs, plotLeftPx, plotLeftPx + plotWidthPx) };
}
