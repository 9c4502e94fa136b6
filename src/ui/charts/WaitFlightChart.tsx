import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { durationAxis } from '../../core/format/durationAxis.ts';
import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { serviceColour, type Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/index.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { ChartLegend, type LegendItem } from './ChartLegend.tsx';
import { axisTitle, tickStyle, tooltipStyles } from './chartStyle.ts';
import { niceTicks } from './niceTicks.ts';
import { waitFlightSeries, type WaitFlightSeries } from './waitFlightSeries.ts';

export interface WaitFlightChartProps {
  readonly data: TimelineData;
  readonly nowMs: number;
  /** The top of the time axis, fixed for the run so bars grow instead of the scale shrinking. */
  readonly axisEndMs: number;
  readonly palette: Palette;
}

const TITLE = 'Queued wait and time in flight, per call';
/** Queued time is drawn in the muted text colour at this opacity: present, but not loud. */
const WAIT_OPACITY = 0.35;
/** The legend names at most this many services; the palette cycles after 8 anyway. */
const LEGEND_SERVICES = 8;

function describe(series: WaitFlightSeries, count: number): string {
  if (count === 0) return 'There are no calls.';
  let waitMs = 0;
  let flightMs = 0;
  for (const bar of series.bars) {
    const calls = bar.lastCall - bar.firstCall + 1;
    waitMs += bar.waitMs * calls;
    flightMs += bar.inFlightMs * calls;
  }
  const totals = `In all: ${formatDuration(waitMs)} queued, ${formatDuration(flightMs)} in flight.`;
  return series.callsPerBar === 1
    ? `One bar per call: queued wait below, time in flight above. ${totals}`
    : `${formatCount(count)} calls, grouped by ${formatCount(series.callsPerBar)} consecutive calls per bar; ` +
        `each bar shows the group's mean wait and mean time in flight. ${totals}`;
}

/** Each call's queued wait stacked under its time in flight, coloured by service. */
export function WaitFlightChart({ data, nowMs, axisEndMs, palette }: WaitFlightChartProps) {
  const series = useMemo(() => waitFlightSeries(data, nowMs), [data, nowMs]);
  const mixedColour = palette.mutedText;
  const fills = series.bars.map((bar) =>
    bar.serviceIndex === null ? mixedColour : serviceColour(palette, bar.serviceIndex),
  );
  // Cell is deprecated in Recharts 3: a shape function paints each bar from its index instead.
  const flightShape = (props: BarShapeProps) => (
    <Rectangle
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={fills[props.index] ?? mixedColour}
    />
  );
  // Only colours that some bar wears: grouped bars of mixed services wear none of them.
  const shown = new Set<number>();
  for (const bar of series.bars) if (bar.serviceIndex !== null) shown.add(bar.serviceIndex);
  const legend: LegendItem[] = [
    { label: 'queued wait', colour: palette.mutedText, opacity: WAIT_OPACITY },
    ...[...shown]
      .sort((a, b) => a - b)
      .slice(0, LEGEND_SERVICES)
      .map((i) => ({
        label: `${data.serviceNames[i] ?? 'service'} in flight`,
        colour: serviceColour(palette, i),
      })),
  ];
  if (series.bars.some((bar) => bar.serviceIndex === null)) {
    legend.push({ label: 'in flight, several services', colour: mixedColour });
  }
  // The scale is fixed for the run (axisEndMs), so bars grow during a replay instead of the
  // axis shrinking under them; a late live run (cursor past it) raises it.
  const topMs = Math.max(1, axisEndMs, Number.isFinite(nowMs) ? nowMs : 0);
  const yTicks = niceTicks(topMs, { intervals: 4 });
  const axis = durationAxis(yTicks[yTicks.length - 1] ?? topMs);
  const description = describe(series, data.count);
  const tooltip = tooltipStyles(palette);
  const grouped = series.callsPerBar > 1;
  return (
    <ChartFigure title={TITLE} description={description} legend={<ChartLegend items={legend} />}>
      <BarChart
        responsive
        className="chart__plot"
        data={series.bars}
        margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
        barCategoryGap={series.bars.length > 60 ? 1 : '20%'}
        title={TITLE}
        desc={description}
      >
        <CartesianGrid stroke={palette.grid} vertical={false} />
        <XAxis
          dataKey="label"
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          label={axisTitle(
            grouped ? `calls (${formatCount(series.callsPerBar)} per bar)` : 'call',
            palette,
            'bottom',
          )}
        />
        <YAxis
          type="number"
          domain={[0, yTicks[yTicks.length - 1] ?? topMs]}
          ticks={yTicks}
          allowDataOverflow
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          width="auto"
          tickFormatter={axis.tick}
          label={axisTitle(`time (${axis.unit})`, palette, 'left')}
        />
        <Tooltip
          isAnimationActive={false}
          {...tooltip}
          labelFormatter={(label) => {
            if (typeof label !== 'string') return label;
            return grouped ? `calls ${label} (means)` : `call ${label}`;
          }}
          formatter={(value) => (typeof value === 'number' ? formatDuration(value) : String(value))}
        />
        <Bar
          dataKey="waitMs"
          name="queued wait"
          stackId="call"
          fill={palette.mutedText}
          fillOpacity={WAIT_OPACITY}
          isAnimationActive={false}
        />
        <Bar
          dataKey="inFlightMs"
          name="in flight"
          stackId="call"
          fill={mixedColour}
          shape={flightShape}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}
