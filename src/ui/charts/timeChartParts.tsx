import type { ReactNode } from 'react';
import { ReferenceLine, type XAxisProps, type YAxisProps } from 'recharts';
import { durationAxis } from '../../core/format/durationAxis.ts';
import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import type { Palette } from '../palette.ts';
import { axisTitle, tickStyle, tooltipStyles } from './chartStyle.ts';
import { niceTicks } from './niceTicks.ts';

/**
 * The parts the charts over time share (calls in flight, waiting, throughput; latency reuses the
 * count axis), as props to spread onto Recharts' own components so that Recharts still sees its
 * axes, grid and tooltip as direct children.
 */

/** The plot's margin inside the chart. */
export const PLOT_MARGIN = { top: 8, right: 16, bottom: 20, left: 8 } as const;

/** The end of a time axis: the given end, or the cursor past it (a late live run), at least 1. */
export function timeAxisEndMs(axisEndMs: number, nowMs: number): number {
  return Math.max(1, axisEndMs, Number.isFinite(nowMs) ? nowMs : 0);
}

/** Horizontal grid lines only. */
export function gridProps(palette: Palette): { stroke: string; vertical: false } {
  return { stroke: palette.grid, vertical: false };
}

/**
 * The x axis of a chart over time, from 0 to `endMs`, keyed on `tMs`, in the unit `endMs` is
 * written in (ms below 10 s, then s, then min:s; src/core/format/durationAxis.ts).
 */
export function timeXAxisProps(endMs: number, palette: Palette): XAxisProps {
  const axis = durationAxis(endMs);
  return {
    dataKey: 'tMs',
    type: 'number',
    domain: [0, endMs],
    ticks: niceTicks(endMs, { cover: false }),
    allowDataOverflow: true,
    tick: tickStyle(palette),
    stroke: palette.mutedText,
    tickFormatter: axis.tick,
    label: axisTitle(`time (${axis.unit})`, palette, 'bottom'),
  };
}

/** A y axis of whole counts over `yTicks` (from niceTicks), titled `title`. */
export function countYAxisProps(yTicks: number[], title: string, palette: Palette): YAxisProps {
  return {
    allowDecimals: false,
    domain: [0, yTicks[yTicks.length - 1] ?? 1],
    ticks: yTicks,
    tick: tickStyle(palette),
    stroke: palette.mutedText,
    width: 'auto',
    tickFormatter: formatCount,
    label: axisTitle(title, palette, 'left'),
  };
}

/** The tooltip of a chart over time: the palette's colours, titled "at 120 ms" or "at 12.4 s". */
export function timeTooltipProps(palette: Palette) {
  return {
    isAnimationActive: false,
    ...tooltipStyles(palette),
    labelFormatter: (label: ReactNode): ReactNode =>
      typeof label === 'number' ? `at ${formatDuration(label)}` : label,
  };
}

/** The cursor's vertical line, drawn only strictly inside the axis. */
export function cursorLine(nowMs: number, endMs: number, palette: Palette): ReactNode {
  return nowMs > 0 && nowMs < endMs ? (
    <ReferenceLine x={nowMs} stroke={palette.cursor} strokeWidth={2} />
  ) : null;
}
