import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { durationAxis } from '../../core/format/durationAxis.ts';
import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { formatNumber } from '../../core/format/formatNumber.ts';
import type { MeasuredTail } from '../../core/tails/tailReport.ts';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import { ChartLegend } from '../charts/ChartLegend.tsx';
import { axisTitle, tickStyle, tooltipStyles } from '../charts/chartStyle.ts';
import { measuredPredictedLegend } from '../charts/measuredPredictedLegend.ts';
import { niceTicks } from '../charts/niceTicks.ts';
import { gridProps, PLOT_MARGIN } from '../charts/timeChartParts.tsx';
import type { Palette } from '../palette.ts';
import { shareText, shareTicks, tailSeries } from './tailSeries.ts';

export interface TailChartProps {
  readonly title: string;
  /** "requests" or "calls": what the shares count. */
  readonly noun: string;
  readonly tail: MeasuredTail;
  readonly palette: Palette;
  readonly testId: string;
}

const shareLabel = (share: number): string =>
  shareText(share, (pct, decimals) => formatNumber(pct, { decimals }));

/**
 * The share of latencies above each x on a log axis (tailSeries.ts): the measured line solid,
 * the exact prediction dashed. Two SVG paths, whatever K is.
 */
export function TailChart({ title, noun, tail, palette, testId }: TailChartProps) {
  const series = useMemo(() => tailSeries(tail), [tail]);
  const axis = durationAxis(series.endMs);
  const exact = tail.prediction.kind === 'exact';
  const { measured } = tail;
  const description =
    `Share of ${noun} slower than each latency, on a log scale; p50 ${formatDuration(measured.p50Ms)}, ` +
    `p99 ${formatDuration(measured.p99Ms)} over ${formatCount(measured.count)} ${noun}.` +
    (exact ? ' The dashed line is the exact prediction.' : ' No closed form: measured only.');
  return (
    <div data-testid={testId} className="tails__chart">
      <ChartFigure
        title={title}
        description={description}
        legend={<ChartLegend items={measuredPredictedLegend(palette).slice(0, exact ? 2 : 1)} />}
      >
        <LineChart
          responsive
          className="chart__plot"
          data={series.points}
          margin={PLOT_MARGIN}
          title={title}
          desc={description}
        >
          <CartesianGrid {...gridProps(palette)} />
          <XAxis
            dataKey="ms"
            type="number"
            domain={[0, series.endMs]}
            ticks={niceTicks(series.endMs, { cover: false })}
            allowDataOverflow
            tick={tickStyle(palette)}
            stroke={palette.mutedText}
            tickFormatter={axis.tick}
            label={axisTitle(`latency (${axis.unit})`, palette, 'bottom')}
          />
          <YAxis
            scale="log"
            type="number"
            domain={[series.floorShare, 1]}
            ticks={shareTicks(series.floorShare)}
            allowDataOverflow
            tick={tickStyle(palette)}
            stroke={palette.mutedText}
            width="auto"
            tickFormatter={shareLabel}
            label={axisTitle(`${noun} slower`, palette, 'left')}
          />
          <Tooltip
            isAnimationActive={false}
            {...tooltipStyles(palette)}
            labelFormatter={(label) =>
              typeof label === 'number' ? `slower than ${formatDuration(label)}` : label
            }
            formatter={(value) => (typeof value === 'number' ? shareLabel(value) : '—')}
          />
          <Line
            type="stepAfter"
            dataKey="measured"
            name="measured"
            stroke={palette.text}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {exact ? (
            <Line
              type="stepAfter"
              dataKey="predicted"
              name="predicted"
              stroke={palette.predicted}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </ChartFigure>
    </div>
  );
}
