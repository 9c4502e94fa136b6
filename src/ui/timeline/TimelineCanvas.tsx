import { useRef, useState, type KeyboardEvent } from 'react';
import type { Palette } from '../palette.ts';
import { callDetails, callTooltipLines } from './callDetails.ts';
import { callAnchorPx, hitTest } from './hitTest.ts';
import { nextSelection } from './keyboardSelection.ts';
import { renderTimeline } from './renderTimeline.ts';
import type { TimelineData } from './timelineData.ts';
import { timelineGeometry, type TimelineGeometry } from './timelineGeometry.ts';
import { preferredHeightPx } from './timelineLayout.ts';
import { timelineSummary } from './timelineSummary.ts';
import { sizedCanvasContext } from './canvasBackingStore.ts';
import { TimelineCanvasFrame, type TipPoint } from './TimelineCanvasFrame.tsx';
import { useCanvasDrawLoop } from './useCanvasDrawLoop.ts';
import { useElementSize, type ElementSize } from './useElementSize.ts';

export interface TimelineCanvasProps {
  readonly data: TimelineData;
  /** The cursor: spans are drawn up to here. Infinity draws every known instant, no cursor. */
  readonly nowMs: number;
  /** The time axis runs from 0 to this (keep it fixed during a run, so bars do not rescale). */
  readonly axisEndMs: number;
  /** Drawn as a dashed "predicted" line; null for none. */
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  /** Bump it when the data's arrays were mutated in place (a live run's events). */
  readonly version: number;
  /** The accessible name, e.g. "Timeline of the worker-pool run"; a summary is appended. */
  readonly label: string;
  /**
   * Forces the label column's width (CSS px), so that stacked timelines of one width line their
   * time axes up exactly (the Compare lab); absent, the column fits this timeline's labels.
   */
  readonly labelWidthPx?: number;
}

/** A tooltip's call, and where it points in CSS px relative to the canvas. */
interface Tip extends TipPoint {
  readonly call: number;
}

/** Within this many CSS px of the right edge the tooltip opens to the left of its anchor. */
const TOOLTIP_FLIP_X_PX = 320;
/** Within this many CSS px of the bottom edge it opens above. */
const TOOLTIP_FLIP_Y_PX = 100;

/**
 * The Gantt timeline: a thin component over the pure `renderTimeline`. It sizes its canvas to its
 * frame (ResizeObserver, device-pixel backing store) and draws in a requestAnimationFrame only
 * when an input changed; several changes within one frame draw once. The span table
 * (`SpanTable`) is its accessible equivalent.
 */
export function TimelineCanvas(props: TimelineCanvasProps) {
  const { data, nowMs, axisEndMs, predictedMakespanMs, palette, version, label, labelWidthPx } =
    props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(canvasRef);
  const [pointerCall, setPointerCall] = useState<Tip | null>(null);
  const [selectedCall, setSelectedCall] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const geometryNow = (): TimelineGeometry =>
    timelineGeometry({
      data,
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      axisEndMs,
      labelWidthPx,
      emphasis: palette.emphasis,
    });
  const selected = selectedCall !== null && selectedCall < data.count ? selectedCall : null;
  const pointed = pointerCall !== null && pointerCall.call < data.count ? pointerCall.call : null;
  const highlightCall = selected ?? pointed;

  useCanvasDrawLoop(
    canvasRef,
    {
      data,
      version,
      nowMs,
      axisEndMs,
      predictedMakespanMs,
      palette,
      size,
      highlightCall,
      labelWidthPx,
    },
    drawFrame,
  );

  const onPointerMove = ({ xPx, yPx }: TipPoint): void => {
    const { layout, scale } = geometryNow();
    const call = hitTest(layout, scale, data, nowMs, xPx, yPx);
    setPointerCall(call === null ? null : { call, xPx, yPx });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>): void => {
    const { layout } = geometryNow();
    const visibleLanes = Math.max(1, layout.endLane - layout.firstLane);
    const pageSize = Math.max(10, Math.floor(visibleLanes / 2) * layout.rowsPerLane);
    const next = nextSelection(event.key, selected, data.count, pageSize);
    if (next === undefined) return;
    event.preventDefault();
    setSelectedCall(next);
    setAnnouncement(
      next === null ? '' : callTooltipLines(callDetails(data, next, nowMs)).join('. '),
    );
  };

  let tip: Tip | null = pointerCall !== null && pointerCall.call < data.count ? pointerCall : null;
  if (selected !== null) {
    const { layout, scale } = geometryNow();
    tip = { call: selected, ...callAnchorPx(layout, scale, data, selected, nowMs) };
  }
  const tipLines = tip ? callTooltipLines(callDetails(data, tip.call, nowMs)) : [];
  const rowCount = data.count + data.work.length;

  return (
    <TimelineCanvasFrame
      canvasRef={canvasRef}
      heightPx={preferredHeightPx(rowCount)}
      ariaLabel={`${label}. ${timelineSummary(data, nowMs, axisEndMs, predictedMakespanMs)}`}
      widthPx={size.widthPx}
      canvasHeightPx={size.heightPx}
      tip={tip}
      tipLines={tipLines}
      flipXPx={TOOLTIP_FLIP_X_PX}
      flipYPx={TOOLTIP_FLIP_Y_PX}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setPointerCall(null)}
      onKeyDown={onKeyDown}
      onBlur={() => setSelectedCall(null)}
      hint="Tab to the timeline, then use the arrow keys to read the calls one by one."
      announcement={announcement}
    />
  );
}

interface DrawInputs {
  readonly data: TimelineData;
  readonly version: number;
  readonly nowMs: number;
  readonly axisEndMs: number;
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  readonly size: ElementSize;
  readonly highlightCall: number | null;
  readonly labelWidthPx: number | undefined;
}

/** Draws one frame from the latest inputs onto the canvas (sizing its backing store first). */
function drawFrame(canvas: HTMLCanvasElement, inputs: DrawInputs): void {
  const { data, size, axisEndMs, labelWidthPx } = inputs;
  const geometry = timelineGeometry({
    data,
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    axisEndMs,
    labelWidthPx,
    emphasis: inputs.palette.emphasis,
  });
  const ctx = sizedCanvasContext(canvas, size);
  if (!ctx) return;
  renderTimeline(ctx, {
    ...geometry,
    data,
    nowMs: inputs.nowMs,
    predictedMakespanMs: inputs.predictedMakespanMs,
    palette: inputs.palette,
    devicePixelRatio: size.devicePixelRatio,
    highlightCall: inputs.highlightCall,
  });
  // Tells e2e tests and the browser benchmark which data version is on screen, and the geometry
  // tests the type sizes it was drawn with (CSS px; a row label of 0 means a legend instead).
  canvas.dataset['drawnVersion'] = String(inputs.version);
  // Written only when they change: an attribute write each frame would restyle the canvas.
  const labelFontPx = String(geometry.layout.rowLabelFontPx);
  const axisFontPx = String(geometry.layout.axisFontPx);
  if (canvas.dataset['labelFontPx'] !== labelFontPx) canvas.dataset['labelFontPx'] = labelFontPx;
  if (canvas.dataset['axisFontPx'] !== axisFontPx) canvas.dataset['axisFontPx'] = axisFontPx;
}
