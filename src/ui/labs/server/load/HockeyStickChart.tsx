import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { HockeyStick } from '../../../../core/queueing/hockeyStick.ts';
import { ChartFigure } from '../../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../../charts/ChartLegend.tsx';
import { axisTitle, tickStyle, tooltipStyles } from '../../../charts/chartStyle.ts';
import { gridProps, PLOT_MARGIN } from '../../../charts/timeChartParts.tsx';
import type { Palette } from '../../../palette.ts';
import { serverTimelineColours } from '../serverTimeline/serverTimelineColours.ts';
import { hockeyStickDescription, hockeyStickSeries } from './hockeyStickSeries.ts';

const TITLE = 'Latency against utilisation (the hockey stick)';

/**
 * p50 and p99 latency (from due) of the sweep's open-loop runs against utilisation, measured
 * solid, predicted dashed, on a log axis: flat at low load, then the steep climb near 100 %.
 */
export function HockeyStickChart({ stick, palette }: { stick: HockeyStick; palette: Palette }) {
  const data = hockeyStickSeries(stick);
  const p50 = serverTimelineColours(palette).served;
  const p99 = serverTimelineColours(palette).atServer;
  const line = (
    key: keyof (typeof data)[number],
    name: string,
    colour: string,
    dashed: boolean,
  ) => (
    <Line
      key={key}
      dataKey={key}
      name={name}
      stroke={colour}
      strokeWidth={2}
      strokeDasharray={dashed ? '6 4' : undefined}
      dot={!dashed}
      activeDot={false}
      connectNulls={false}
      isAnimationActive={false}
    />
  );
  const predicted = stick.model === 'M/M/c';
  return (
    <ChartFigure
      title={TITLE}
      description={hockeyStickDescription(stick)}
      legend={
        <ChartLegend
          items={[
            { label: 'p50 measured', colour: p50 },
            { label: 'p99 measured', colour: p99 },
            ...(predicted
              ? [
                  { label: 'p50 predicted', colour: p50, outlined: true },
                  { label: 'p99 predicted', colour: p99, outlined: true },
                ]
              : []),
          ]}
        />
      }
    >
      <LineChart
        responsive
        className="chart__plot"
        data={data}
        margin={PLOT_MARGIN}
        title={TITLE}
        desc={hockeyStickDescription(stick)}
      >
        <CartesianGrid {...gridProps(palette)} />
        <XAxis
          dataKey="utilisationPct"
          type="number"
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          label={axisTitle('utilisation (%)', palette, 'bottom')}
        />
        <YAxis
          scale="log"
          domain={['auto', 'auto']}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          width="auto"
          tickFormatter={(ms: number) => formatDuration(ms)}
          label={axisTitle('latency (log)', palette, 'left')}
        />
        <Tooltip
          isAnimationActive={false}
          {...tooltipStyles(palette)}
          labelFormatter={(label) =>
            typeof label === 'number' ? `${label} % utilisation` : 'utilisation'
          }
          formatter={(value) => (typeof value === 'number' ? formatDuration(value) : value)}
        />
        {line('measuredP50', 'p50 measured', p50, false)}
        {line('measuredP99', 'p99 measured', p99, false)}
        {predicted ? line('predictedP50', 'p50 predicted', p50, true) : null}
        {predicted ? line('predictedP99', 'p99 predicted', p99, true) : null}
      </LineChart>
    </ChartFigure>
  );
}
