import { timeScale, type TimeScale } from './timeScale.ts';
import type { TimelineData } from './timelineData.ts';
import { timelineLayout, type RowOverflow, type TimelineLayout } from './timelineLayout.ts';
import type { TimelineEmphasis } from './timelineSizing.ts';

/** The label of local work rows (offload), drawn above the call rows. */
export const WORK_ROW_LABEL = 'local work';

/** Layout and time scale of one canvas size; the renderer, hit test and tooltip share them. */
export interface TimelineGeometry {
  readonly layout: TimelineLayout;
  readonly scale: TimeScale;
}

export interface GeometryInput {
  readonly data: TimelineData;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The time axis runs from 0 to this. */
  readonly axisEndMs: number;
  readonly overflow?: RowOverflow;
  readonly scrollTopPx?: number;
  /** Forces the label column's width (see LayoutInput.labelWidthPx). */
  readonly labelWidthPx?: number;
  /** The theme's emphasis (the palette's: projector draws larger and bolder). */
  readonly emphasis?: TimelineEmphasis;
}

export function longestLabelChars(data: TimelineData): number {
  let chars = data.work.length > 0 ? WORK_ROW_LABEL.length : 0;
  for (const name of data.serviceNames) chars = Math.max(chars, name.length);
  return chars;
}

export function timelineGeometry(input: GeometryInput): TimelineGeometry {
  const layout = timelineLayout({
    rowCount: input.data.work.length + input.data.count,
    widthPx: input.widthPx,
    heightPx: input.heightPx,
    longestLabelChars: longestLabelChars(input.data),
    overflow: input.overflow ?? 'group',
    scrollTopPx: input.scrollTopPx ?? 0,
    labelWidthPx: input.labelWidthPx,
    emphasis: input.emphasis,
  });
  const axisEndMs = Number.isFinite(input.axisEndMs) && input.axisEndMs > 0 ? input.axisEndMs : 1;
  const scale = timeScale(0, axisEndMs, layout.plotLeftPx, layout.plotLeftPx + layout.plotWidthPx);
  return { layout, scale };
}
