import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { countOf } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { Palette } from '../../../palette.ts';
import {
  type ElementSize,
  nextSelection,
  sizedCanvasContext,
  TimelineCanvasFrame,
  type TipPoint,
  useCanvasDrawLoop,
  useElementSize,
} from '../../../timeline/index.ts';
import { renderServerTimeline, type ServerTimelineFrame } from './renderServerTimeline.ts';
import { requestDetails, requestTooltipLines } from './requestDetails.ts';
import { requestAnchorPx, serverHitTest, type HitInput, type ServerHit } from './serverHitTest.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { serverTimelineGeometry } from './serverTimelineGeometry.ts';
import { serverTimelineIndex } from './serverTimelineIndex.ts';
import { preferredServerHeightPx } from './serverTimelineLayout.ts';
import { serverTimelineSummary } from './serverTimelineSummary.ts';

export interface ServerTimelineCanvasProps {
  readonly data: ServerTimelineData;
  /** The cursor: everything is drawn up to here. */
  readonly nowMs: number;
  /** The time axis runs from 0 to this (fixed during a run, so bars do not rescale). */
  readonly axisEndMs: number;
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  /** Bumps when anything drawn changed (the cursor moved, or the data). */
  readonly version: number;
  /** Bumps only when the data's arrays were mutated in place (a live run's events). */
  readonly dataVersion: number;
  /** The accessible name; a summary of the picture is appended. */
  readonly label: string;
}

interface Tip extends TipPoint {
  readonly hit: ServerHit;
}

const TOOLTIP_FLIP_X_PX = 440;
const TOOLTIP_FLIP_Y_PX = 120;

function tipLines(hit: ServerHit, data: ServerTimelineData, nowMs: number): string[] {
  if (hit.kind === 'request') return requestTooltipLines(requestDetails(data, hit.index, nowMs));
  const where = hit.queue === 'client' ? 'at the client' : 'at the server';
  return [
    `waiting ${where}`,
    `${countOf(hit.count, 'request', 'requests')} at ${formatDuration(Math.round(hit.atMs))}`,
  ];
}

/** Everything one draw reads. */
interface DrawInputs extends Omit<ServerTimelineFrame, 'layout' | 'scale' | 'devicePixelRatio'> {
  readonly axisEndMs: number;
  readonly size: ElementSize;
  readonly version: number;
}

/** Sizes the backing store to the element (device pixels) and draws one frame. */
function drawFrame(canvas: HTMLCanvasElement, inputs: DrawInputs): void {
  const { size, data, axisEndMs } = inputs;
  const ctx = sizedCanvasContext(canvas, size);
  if (!ctx) return;
  renderServerTimeline(ctx, {
    ...serverTimelineGeometry(
      data,
      size.widthPx,
      size.heightPx,
      axisEndMs,
      inputs.palette.emphasis,
    ),
    ...inputs,
    devicePixelRatio: size.devicePixelRatio,
  });
  // Tells e2e tests which data version is on screen.
  canvas.dataset['drawnVersion'] = String(inputs.version);
}

/**
 * The Server lab's timeline: a thin component over the pure renderServerTimeline, drawn in a
 * requestAnimationFrame when an input changed, at most once a frame (after TimelineCanvas.tsx).
 * Hover shows a request's phases or a queue's length; Tab and the arrow keys read the requests
 * one by one. The request table is its accessible equivalent.
 */
export function ServerTimelineCanvas(props: ServerTimelineCanvasProps) {
  const { data, nowMs, axisEndMs, predictedMakespanMs, palette, version, dataVersion, label } =
    props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(canvasRef);
  const [pointer, setPointer] = useState<Tip | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Sorting and queue counting are O(n log n): once per data version, never once per frame.
  const { order, queues } = useMemo(
    () => serverTimelineIndex(data, dataVersion),
    [data, dataVersion],
  );

  const hitInput = (): HitInput => ({
    ...serverTimelineGeometry(data, size.widthPx, size.heightPx, axisEndMs, palette.emphasis),
    data,
    order,
    queues,
    nowMs,
  });
  const selectedIndex = selected !== null && selected < data.count ? selected : null;
  const pointed =
    pointer !== null && pointer.hit.kind === 'request' && pointer.hit.index < data.count
      ? pointer.hit.index
      : null;
  const highlightRequest = selectedIndex ?? pointed;

  useCanvasDrawLoop(
    canvasRef,
    {
      data,
      order,
      queues,
      nowMs,
      axisEndMs,
      predictedMakespanMs,
      palette,
      size,
      highlightRequest,
      version,
    },
    drawFrame,
  );

  const onPointerMove = ({ xPx, yPx }: TipPoint): void => {
    const hit = serverHitTest(hitInput(), xPx, yPx);
    setPointer(hit === null ? null : { hit, xPx, yPx });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>): void => {
    const next = nextSelection(event.key, selectedIndex, data.count, 10);
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    setAnnouncement(
      next === null ? '' : requestTooltipLines(requestDetails(data, next, nowMs)).join('. '),
    );
  };

  let tip: Tip | null = pointer;
  if (selectedIndex !== null) {
    tip = {
      hit: { kind: 'request', index: selectedIndex },
      ...requestAnchorPx(hitInput(), selectedIndex),
    };
  }
  const lines = tip ? tipLines(tip.hit, data, nowMs) : [];
  return (
    <TimelineCanvasFrame
      canvasRef={canvasRef}
      heightPx={preferredServerHeightPx(data.workerCount)}
      ariaLabel={`${label}. ${serverTimelineSummary(data, nowMs, axisEndMs, predictedMakespanMs)}`}
      widthPx={size.widthPx}
      canvasHeightPx={size.heightPx}
      tip={tip}
      tipLines={lines}
      flipXPx={TOOLTIP_FLIP_X_PX}
      flipYPx={TOOLTIP_FLIP_Y_PX}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setPointer(null)}
      onKeyDown={onKeyDown}
      onBlur={() => setSelected(null)}
      hint={
        'Tab to the timeline, then use the arrow keys to read the requests one by one; hover a ' +
        'queue lane to read its length.'
      }
      announcement={announcement}
    />
  );
}
