import { memo, type ReactNode } from 'react';
import { failureColours, serviceColour, type Palette } from '../palette.ts';
import {
  FAILURE_LEGEND_TEXT,
  failureLegendKinds,
  type FailureLegendKind,
} from './failureLegendItems.ts';
import { LegendItem, SWATCH_H_PX, SWATCH_W_PX } from './LegendItem.tsx';
import type { TimelineData } from './timelineData.ts';
import { FAILED_FILL_ALPHA } from './renderTimeline.ts';

export interface FailureLegendProps {
  /** The timeline's data (the same object TimelineCanvas draws). */
  readonly data: TimelineData;
  /**
   * Bump it when the data's arrays were mutated in place (a live run's events), and only then:
   * the key is O(calls + copies) to compute, too much for every frame of a 100,000-call replay.
   */
  readonly version: number;
  /** The timeline's palette, so that each swatch matches the canvas. */
  readonly palette: Palette;
}

/**
 * An empty bar with a 2 px border, as the canvas outlines a copy that ended without an answer:
 * dashed for a timeout, solid for a cancelled copy. Inset by a pixel so the stroke is not clipped.
 */
function outlinedBar(stroke: string, dashes?: string): ReactNode {
  return (
    <rect
      x={2}
      y={3}
      width={SWATCH_W_PX - 4}
      height={SWATCH_H_PX - 6}
      fill="none"
      stroke={stroke}
      strokeWidth={2}
      {...(dashes === undefined ? {} : { strokeDasharray: dashes })}
    />
  );
}

/** A small picture of how the canvas draws `kind` (renderTimeline, failureStrokes). */
function swatch(kind: FailureLegendKind, palette: Palette): ReactNode {
  const colours = failureColours(palette);
  const service = serviceColour(palette, 0);
  switch (kind) {
    case 'failed':
      return (
        <>
          <rect
            x={1}
            y={2}
            width={SWATCH_W_PX - 2}
            height={SWATCH_H_PX - 4}
            fill={colours.failed}
            opacity={FAILED_FILL_ALPHA}
          />
          <rect
            x={SWATCH_W_PX - 4}
            y={2}
            width={3}
            height={SWATCH_H_PX - 4}
            fill={colours.failed}
          />
        </>
      );
    case 'timeout':
      return outlinedBar(colours.failed, '4 3');
    case 'busy':
      return (
        <rect x={1} y={2} width={SWATCH_W_PX - 2} height={SWATCH_H_PX - 4} fill={colours.busy} />
      );
    case 'backoff':
      return (
        <line
          x1={1}
          y1={SWATCH_H_PX / 2}
          x2={SWATCH_W_PX - 1}
          y2={SWATCH_H_PX / 2}
          stroke={service}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      );
    case 'cancelled':
      return outlinedBar(colours.cancelled);
    case 'hedge':
      return (
        <>
          <rect x={1} y={1} width={SWATCH_W_PX - 2} height={5} fill={service} opacity={0.35} />
          <rect x={8} y={8} width={SWATCH_W_PX - 9} height={5} fill={service} />
        </>
      );
    case 'skipped':
      return (
        <path
          d={`M${SWATCH_W_PX / 2 - 4} 3 L${SWATCH_W_PX / 2 + 4} 11 M${SWATCH_W_PX / 2 - 4} 11 L${SWATCH_W_PX / 2 + 4} 3`}
          stroke={colours.skipped}
          strokeWidth={1.5}
        />
      );
    case 'request-failed':
      return (
        <line
          x1={SWATCH_W_PX / 2}
          y1={0}
          x2={SWATCH_W_PX / 2}
          y2={SWATCH_H_PX}
          stroke={colours.failed}
          strokeWidth={2}
        />
      );
  }
}

/**
 * The key to the timeline's failure styles: only those present in the run, each with a swatch
 * drawn like the canvas draws it and a few words. Renders nothing for a run without failures.
 * Memoised: it recomputes when `data`, `version` or `palette` change (not every animation frame).
 */
function FailureLegendView({ data, palette }: FailureLegendProps) {
  const kinds = failureLegendKinds(data);
  if (kinds.length === 0) return null;
  return (
    <ul className="failure-legend" aria-label="Key to the failures on the timeline">
      {kinds.map((kind) => (
        <LegendItem key={kind} kind={kind} swatch={swatch(kind, palette)}>
          {FAILURE_LEGEND_TEXT[kind]}
        </LegendItem>
      ))}
    </ul>
  );
}

export const FailureLegend = memo(FailureLegendView);
