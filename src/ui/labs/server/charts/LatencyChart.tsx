import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { requestLatencyMs } from '../../../../core/server/serverStats.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import { ChartFigure } from '../../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../../charts/ChartLegend.tsx';
import { axisTitle, CHART_FONT_PX, tickStyle } from '../../../charts/chartStyle.ts';
import { niceStep, niceTicks } from '../../../charts/niceTicks.ts';
import { countYAxisProps, gridProps, PLOT_MARGIN } from '../../../charts/timeChartParts.tsx';
import { durationAxis } from '../../../../core/format/durationAxis.ts';
import { countOf } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { Palette } from '../../../palette.ts';
import { latencyHistogram, type LatencyHistogram } from './latencyHistogram.ts';
import { serverTimelineColours } from '../serverTimeline/serverTimelineColours.ts';

export interface LatencyChartProps {
  readonly trace: ServerTrace;
  /** Only responses received by the cursor count. */
  readonly nowMs: number;
  readonly palette: Palette;
}

const TITLE = 'Request latencies';

/** p50, p95 and p99, merged where they coincide (the talk's gevent rows: all three are 500 ms). */
function percentileMarks(h: LatencyHistogram): Array<{ label: string; ms: number }> {
  const marks: Array<{ label: string; ms: number }> = [];
  for (const [label, ms] of [
    ['p50', h.p50],
    ['p95', h.p95],
    ['p99', h.p99],
  ] as const) {
    const same = marks.find((m) => m.ms === ms);
    if (same) same.label = `${same.label} = ${label}`;
    else marks.push({ label, ms });
  }
  return marks;
}

/** Round ticks within [fromMs, toMs] (the axis starts at the first bin, not at 0). */
function latencyTicks(fromMs: number, toMs: number): number[] {
  const step = niceStep(toMs - fromMs, 4);
  const ticks: number[] = [];
  for (let k = Math.ceil(fromMs / step - 1e-9); k * step <= toMs + 1e-9; k += 1) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}

/** A percentile's name above the plot, beside its line, on the side with room for it. */
function markLabel(text: string, row: number, towardsEnd: boolean, palette: Palette) {
  function MarkLabel(props: { readonly viewBox?: unknown }) {
    const box = props.viewBox as { x?: number; y?: number } | undefined;
    const x = (box?.x ?? 0) + (towardsEnd ? -4 : 4);
    const y = (box?.y ?? 0) - 6 - 18 * row;
    return (
      <text
        x={x}
        y={y}
        textAnchor={towardsEnd ? 'end' : 'start'}
        fill={palette.text}
        fontSize={CHART_FONT_PX}
        fontWeight={600}
      >
        {text}
      </text>
    );
  }
  return MarkLabel;
}

/**
 * How long each request took from when it was due to its response (requestLatencyMs: in a
 * closed run the wait for a client slot counts), as a histogram drawn as a step
 * area on a time axis, with the percentiles the numbers panel shows marked where they fall.
 */
export function LatencyChart({ trace, nowMs, palette }: LatencyChartProps) {
  const histogram = useMemo(() => {
    const latencies: number[] = [];
    for (const request of trace.requests) {
      if (request.endedAtMs <= nowMs) latencies.push(requestLatencyMs(request));
    }
    return latencyHistogram(latencies);
  }, [trace, nowMs]);
  const colour = serverTimelineColours(palette).served;
  if (histogram === null) {
    return (
      <ChartFigure title={TITLE} description="No response yet.">
        <div className="chart__plot server-chart__empty" />
      </ChartFigure>
    );
  }
  const { bins } = histogram;
  const last = bins[bins.length - 1];
  const points = [
    ...bins.map((b) => ({ ms: b.fromMs, count: b.count })),
    { ms: last?.toMs ?? 0, count: last?.count ?? 0 },
  ];
  const fromMs = bins[0]?.fromMs ?? 0;
  const toMs = last?.toMs ?? 1;
  const peak = Math.max(...bins.map((b) => b.count));
  const yTicks = niceTicks(Math.max(1, peak), { intervals: 4, integer: true });
  const marks = percentileMarks(histogram);
  const description =
    `${countOf(histogram.count, 'response', 'responses')} in bins of ${formatDuration(histogram.binMs)}: ` +
    `p50 ${formatDuration(histogram.p50)}, p95 ${formatDuration(histogram.p95)}, ` +
    `p99 ${formatDuration(histogram.p99)}.`;
  // The axis reads in the unit of its far end (ms, s or min:s), as the caption's times do.
  const axis = durationAxis(toMs);
  const dashes = ['', '6 4', '2 3'];
  return (
    <ChartFigure
      title={TITLE}
      description={description}
      legend={
        <ChartLegend
          items={[
            { label: 'responses per bin', colour, opacity: 0.5 },
            { label: 'percentiles (nearest rank)', colour: palette.text, outlined: true },
          ]}
        />
      }
    >
      <AreaChart
        responsive
        className="chart__plot"
        data={points}
        margin={{ ...PLOT_MARGIN, top: PLOT_MARGIN.top + 18 * marks.length }}
        // The numbers are in the caption and on the marks: no tooltip to navigate.
        accessibilityLayer={false}
        role="img"
        title={TITLE}
        desc={description}
      >
        <CartesianGrid {...gridProps(palette)} />
        <XAxis
          dataKey="ms"
          type="number"
          domain={[fromMs, toMs]}
          ticks={latencyTicks(fromMs, toMs)}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          tickFormatter={axis.tick}
          label={axisTitle(`latency (${axis.unit})`, palette, 'bottom')}
        />
        <YAxis {...countYAxisProps(yTicks, 'responses', palette)} />
        <Area
          type="stepAfter"
          dataKey="count"
          stroke={colour}
          strokeWidth={2}
          fill={colour}
          fillOpacity={0.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        {marks.map((mark, k) => (
          <ReferenceLine
            key={mark.label}
            x={mark.ms}
            stroke={palette.text}
            strokeWidth={2}
            strokeDasharray={dashes[k]}
            label={markLabel(
              mark.label,
              marks.length - 1 - k,
              mark.ms > (fromMs + toMs) / 2,
              palette,
            )}
          />
        ))}
      </AreaChart>
    </ChartFigure>
  );
}
