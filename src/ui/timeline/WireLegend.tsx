import { memo, type ReactNode } from 'react';
import { serviceColour, wireColours, type Palette } from '../palette.ts';
import { LegendItem, SWATCH_H_PX, SWATCH_W_PX } from './LegendItem.tsx';
import type { TimelineData } from './timelineData.ts';
import { WIRE_LEGEND_TEXT, wireLegendContent, type WireLegendKind } from './wireLegendItems.ts';

export interface WireLegendProps {
  readonly data: TimelineData;
  /** Bump it when the data's arrays were mutated in place (a live run's events), and only then. */
  readonly version: number;
  readonly palette: Palette;
}

/** A small picture of how the canvas draws `kind` (renderTimeline, wireHatch). */
function swatch(kind: WireLegendKind, palette: Palette): ReactNode {
  const wire = wireColours(palette);
  const bar = (fill: string) => (
    <rect x={1} y={2} width={SWATCH_W_PX - 2} height={SWATCH_H_PX - 4} fill={fill} />
  );
  switch (kind) {
    case 'queued':
      return (
        <>
          {bar(wire.queued)}
          {[4, 8, 12, 16, 20, 24].map((x) => (
            <rect key={x} x={x} y={2} width={1} height={SWATCH_H_PX - 4} fill={wire.queuedHatch} />
          ))}
        </>
      );
    case 'connect':
      return bar(wire.connect);
    case 'waiting':
      return bar(serviceColour(palette, 0));
    case 'download':
      return bar(wire.download);
  }
}

/**
 * The key to the wire phases on the timeline (DevTools-like parts of a bar), with the protocols
 * that carried the run. Renders nothing for a run without phases. Memoised like FailureLegend.
 */
function WireLegendView({ data, palette }: WireLegendProps) {
  const { kinds, protocols } = wireLegendContent(data);
  if (kinds.length === 0) return null;
  return (
    <ul
      className="failure-legend wire-legend"
      aria-label="Key to the wire phases on the timeline"
      data-protocols={protocols.join(' ')}
    >
      {kinds.map((kind) => (
        <LegendItem key={kind} kind={`wire-${kind}`} swatch={swatch(kind, palette)}>
          {WIRE_LEGEND_TEXT[kind]}
        </LegendItem>
      ))}
      {protocols.length > 0 ? (
        <li className="failure-legend__item" data-kind="wire-protocol">
          <span>over {protocols.join(', ')}</span>
        </li>
      ) : null}
    </ul>
  );
}

export const WireLegend = memo(WireLegendView);
