/**
 * The timeline's front door: everything a lab draws a timeline with. Labs import from here only
 * (never from a file of this folder), so the files behind it can move or merge without touching a
 * lab. Files inside the folder import each other directly, never this file (no cycle through it).
 *
 * Two parts: the canvas kit every timeline is drawn with (the Fan-out and Compare lanes by
 * renderTimeline, the Server lab's workers and queues by its own renderer), and the call timeline
 * the Fan-out and Compare labs show whole.
 */

// The canvas kit. Time scale: ms <-> px along the shared axis.
export { pxPerMs, timeScale, toMs, toPx, type TimeScale } from './timeScale.ts';
// Axis and markers, drawn the same on every timeline.
export { drawTimeAxis } from './timelineAxis.ts';
export { drawNowCursor, drawPredictedMarker, drawRowHighlight } from './timelineMarkers.ts';
// Rect batching: one fill per colour and per merged run of touching pixels.
export { RectBatch } from './rectBatch.ts';
export { RunMerger } from './runMerger.ts';
// Backing store, draw loop and frame: a crisp canvas redrawn once per frame while data changes.
export type { CanvasLike } from './canvasLike.ts';
export { canvasFont } from './canvasFont.ts';
export { sizedCanvasContext } from './canvasBackingStore.ts';
export { useCanvasDrawLoop } from './useCanvasDrawLoop.ts';
export { useElementSize, type ElementSize } from './useElementSize.ts';
export { TimelineCanvasFrame, type TipPoint } from './TimelineCanvasFrame.tsx';
// Layout and hit testing: rows, lanes and what lies under the pointer or the keyboard.
export {
  GLYPH_WIDTH_EM,
  LABEL_PADDING_PX,
  laneAtPx,
  laneTopPx,
  preferredHeightPx,
  timelineLayout,
  type TimelineLayout,
} from './timelineLayout.ts';
export {
  axisFontPx,
  barInsetDevPx,
  axisHeightPx,
  lineDevPx,
  markerBandPx,
  MIN_FONT_PX,
  PREFERRED_ROW_PX,
  ROW_CAP_PX,
  rowLabelFontPx,
  type TimelineEmphasis,
} from './timelineSizing.ts';
export { HIT_SLOP_PX } from './hitTest.ts';
export { nextSelection } from './keyboardSelection.ts';

// The call timeline: a run's calls as data, drawn, listed and described.
export { pendingTimelineData, timelineDataFromTrace, type TimelineData } from './timelineData.ts';
export { CALL_CODE, COPY_CODE, callStatusOf } from './timelineCodes.ts';
export { longestLabelChars, timelineGeometry } from './timelineGeometry.ts';
// The call timeline's renderer, for a picture drawn off screen (the PNG export), and what the
// export's key needs to draw its swatches like the canvas draws.
export { FAILED_FILL_ALPHA, QUEUED_ALPHA, renderTimeline } from './renderTimeline.ts';
export { WORK_ROW_LABEL } from './timelineGeometry.ts';
export {
  FAILURE_LEGEND_KINDS,
  FAILURE_LEGEND_TEXT,
  failureLegendKinds,
  type FailureLegendKind,
} from './failureLegendItems.ts';
export { TimelineCanvas } from './TimelineCanvas.tsx';
export { FailureLegend } from './FailureLegend.tsx';
export { WireLegend } from './WireLegend.tsx';
export { ScrollTable, SpanTable, TableDisclosure } from './SpanTable.tsx';
