import { Bar, LabelList } from 'recharts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { CHART_FONT_PX } from '../../charts/chartStyle.ts';
import { HorizontalBarChart } from '../../charts/HorizontalBarChart.tsx';
import { niceTicks } from '../../charts/niceTicks.ts';
import type { Palette } from '../../palette.ts';
import { peakDescription, type CompareChartRow } from './compareChartRows.ts';
import { CATEGORY_AXIS_PX } from './MakespanByModelChart.tsx';

// Starts as it always has ("Peak calls in flight per model"): links and tests find it by that.
const TITLE = 'Peak calls in flight per model, and requests on the wire';

/** The lighter bar: copies on the wire, beside the solid calls bar. */
const WIRE_OPACITY = 0.4;

/**
 * Two bars per model: the most calls started and not finished at once (solid), and the most
 * requests on the wire at once (lighter), i.e. what the model asks of the upstream services (all
 * at once is fastest and the heaviest). Without faults or a call policy the two are equal; hedges
 * put two copies of one call on the wire, and retries that release their slot leave calls in
 * flight with nothing on the wire.
 */
export function PeakByModelChart({
  rows,
  palette,
}: {
  readonly rows: readonly CompareChartRow[];
  readonly palette: Palette;
}) {
  const largest = Math.max(
    1,
    ...rows.map((row) => Math.max(row.peakCallsInFlight ?? 0, row.peakRequestsOnWire ?? 0)),
  );
  const ticks = niceTicks(largest, { intervals: 4, integer: true });
  const description = peakDescription(rows);
  return (
    <ChartFigure
      title={TITLE}
      description={description}
      legend={
        <ChartLegend
          items={[
            { label: 'calls started and not finished', colour: palette.text },
            { label: 'requests on the wire', colour: palette.text, opacity: WIRE_OPACITY },
          ]}
        />
      }
    >
      <HorizontalBarChart
        title={TITLE}
        description={description}
        className="chart__plot compare-chart__plot"
        data={[...rows]}
        marginRight={56}
        barCategoryGap="18%"
        barGap={3}
        ticks={ticks}
        largest={largest}
        axisLabel="most at once (calls, requests)"
        allowDecimals={false}
        categoryWidth={CATEGORY_AXIS_PX}
        palette={palette}
      >
        <Bar
          dataKey="peakCallsInFlight"
          name="calls started and not finished"
          fill={palette.text}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="peakCallsInFlight"
            position="right"
            fill={palette.text}
            fontSize={CHART_FONT_PX}
            fontWeight={600}
          />
        </Bar>
        <Bar
          dataKey="peakRequestsOnWire"
          name="requests on the wire"
          fill={palette.text}
          fillOpacity={WIRE_OPACITY}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="peakRequestsOnWire"
            position="right"
            fill={palette.mutedText}
            fontSize={CHART_FONT_PX}
          />
        </Bar>
      </HorizontalBarChart>
    </ChartFigure>
  );
}
