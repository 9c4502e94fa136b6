import type { LegendItem } from '../charts/ChartLegend.tsx';
import { failureColours, serviceColour, type Palette } from '../palette.ts';
import { FAILED_FILL_ALPHA, QUEUED_ALPHA } from '../timeline/index.ts';
import type { RectPx } from './exportLayout.ts';
import type { TimelineKeyKind } from './timelineKey.ts';

/**
 * A legend swatch as a few primitive shapes in CSS px (absolute, in the picture), so the same
 * description paints on a canvas (PNG) and writes as SVG elements.
 */
export type SwatchShape =
  | {
      readonly shape: 'rect';
      readonly xPx: number;
      readonly yPx: number;
      readonly widthPx: number;
      readonly heightPx: number;
      readonly fill: string;
      readonly opacity: number;
    }
  | {
      readonly shape: 'outline';
      readonly xPx: number;
      readonly yPx: number;
      readonly widthPx: number;
      readonly heightPx: number;
      readonly stroke: string;
      readonly lineWidthPx: number;
      /** Empty: solid. */
      readonly dashPx: readonly number[];
    }
  | {
      readonly shape: 'line';
      readonly x1Px: number;
      readonly y1Px: number;
      readonly x2Px: number;
      readonly y2Px: number;
      readonly stroke: string;
      readonly lineWidthPx: number;
      readonly dashPx: readonly number[];
    };

/** The canvas's dashes (failureStrokes, timelineMarkers), in CSS px. */
const STROKE_DASH_PX = [4, 3];
const MARKER_DASH_PX = [6, 4];
/** At most this many service colours side by side in the "in flight" swatch. */
const MAX_SERVICE_STRIPES = 4;

/**
 * How the timeline draws `kind`, in `box` (a swatch-sized rectangle): the shapes of the page's
 * FailureLegend for the failure styles, and the canvas's own for bars and markers.
 * `serviceCount`: how many services the run has (the "in flight" swatch shows their colours).
 */
export function timelineSwatch(
  kind: TimelineKeyKind,
  palette: Palette,
  box: RectPx,
  serviceCount: number,
): SwatchShape[] {
  const { xPx: x, yPx: y, widthPx: w, heightPx: h } = box;
  const colours = failureColours(palette);
  const service = serviceColour(palette, 0);
  const rect = (
    fill: string,
    opacity = 1,
    dx = 1,
    dy = 2,
    rw = w - 2,
    rh = h - 4,
  ): SwatchShape => ({
    shape: 'rect',
    xPx: x + dx,
    yPx: y + dy,
    widthPx: rw,
    heightPx: rh,
    fill,
    opacity,
  });
  const outline = (stroke: string, dashPx: readonly number[]): SwatchShape => ({
    shape: 'outline',
    xPx: x + 2,
    yPx: y + 3,
    widthPx: w - 4,
    heightPx: h - 6,
    stroke,
    lineWidthPx: 2,
    dashPx,
  });
  const vertical = (stroke: string, dashPx: readonly number[]): SwatchShape => ({
    shape: 'line',
    x1Px: x + w / 2,
    y1Px: y,
    x2Px: x + w / 2,
    y2Px: y + h,
    stroke,
    lineWidthPx: 2,
    dashPx,
  });
  // One stripe per service colour (up to a few), as the run's bars use them.
  const stripes = (opacity: number, dy: number, rh: number): SwatchShape[] => {
    const count = Math.max(1, Math.min(MAX_SERVICE_STRIPES, serviceCount));
    const stripePx = (w - 2) / count;
    return Array.from({ length: count }, (_, k) =>
      rect(serviceColour(palette, k), opacity, 1 + k * stripePx, dy, stripePx, rh),
    );
  };
  switch (kind) {
    case 'queued':
      // Queued bars are thinner than bars in flight (laneRuns), and lighter.
      return stripes(QUEUED_ALPHA, 4, h - 8);
    case 'in-flight':
      return stripes(1, 2, h - 4);
    case 'work':
      return [rect(palette.work)];
    case 'failed':
      return [rect(colours.failed, FAILED_FILL_ALPHA), rect(colours.failed, 1, w - 4, 2, 3, h - 4)];
    case 'timeout':
      return [outline(colours.failed, STROKE_DASH_PX)];
    case 'busy':
      return [rect(colours.busy)];
    case 'backoff':
      return [
        {
          shape: 'line',
          x1Px: x + 1,
          y1Px: y + h / 2,
          x2Px: x + w - 1,
          y2Px: y + h / 2,
          stroke: service,
          lineWidthPx: 1.5,
          dashPx: STROKE_DASH_PX,
        },
      ];
    case 'cancelled':
      return [outline(colours.cancelled, [])];
    case 'hedge':
      return [rect(service, 0.35, 1, 1, w - 2, 5), rect(service, 1, 8, 8, w - 9, 5)];
    case 'skipped': {
      const cross = (x1: number, y1: number, x2: number, y2: number): SwatchShape => ({
        shape: 'line',
        x1Px: x + w / 2 + x1,
        y1Px: y + y1,
        x2Px: x + w / 2 + x2,
        y2Px: y + y2,
        stroke: colours.skipped,
        lineWidthPx: 1.5,
        dashPx: [],
      });
      return [cross(-4, 3, 4, 11), cross(-4, 11, 4, 3)];
    }
    case 'request-failed':
      return [vertical(colours.failed, [])];
    case 'predicted':
      return [vertical(palette.predicted, MARKER_DASH_PX)];
    case 'now':
      return [vertical(palette.cursor, []), rect(palette.cursor, 1, w / 2 - 5, 0, 10, 4)];
  }
}

/** A chart's legend entry (ChartLegend): a square, filled or a dashed outline. */
export function chartSwatch(item: LegendItem, box: RectPx): SwatchShape[] {
  const sidePx = Math.min(box.widthPx, box.heightPx);
  const xPx = box.xPx;
  const yPx = box.yPx + (box.heightPx - sidePx) / 2;
  if (item.outlined) {
    return [
      {
        shape: 'outline',
        xPx: xPx + 1,
        yPx: yPx + 1,
        widthPx: sidePx - 2,
        heightPx: sidePx - 2,
        stroke: item.colour,
        lineWidthPx: 2,
        dashPx: STROKE_DASH_PX,
      },
    ];
  }
  return [
    {
      shape: 'rect',
      xPx,
      yPx,
      widthPx: sidePx,
      heightPx: sidePx,
      fill: item.colour,
      opacity: item.opacity ?? 1,
    },
  ];
}
