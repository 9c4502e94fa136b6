import { Bar } from 'recharts';
import { formatCount } from '../../../core/format/formatCount.ts';
import { BarValueLabel } from '../../charts/BarValueLabel.tsx';
import { CompareBarChart, type CompareChartProps } from './CompareBarChart.tsx';
import { peakDescription } from './compareChartRows.ts';

// Starts as it always has ("Peak calls in flight per model"): links and tests find it by that.
const TITLE = 'Peak calls in flight per model, and requests on the wire';

/** A bar's count as printed on it: "30,754". */
const countLabel = (value: unknown): string =>
  typeof value === 'number' ? formatCount(value) : '';

/** The lighter bar: copies on the wire, beside the solid calls bar. */
const WIRE_OPACITY = 0.4;

/**
 * Two bars per model: the most calls started and not finished at once (solid), and the most
 * requests on the wire at once (lighter), i.e. what the model asks of the upstream services (all
 * at once is fastest and the heaviest). Without faults or a call policy the two are equal; hedges
 * put two copies of one call on the wire, and retries that release their slot leave calls in
 * flight with nothing on the wire.
 */
export function PeakByModelChart({ rows, palette }: CompareChartProps) {
  return (
    <CompareBarChart
      title={TITLE}
      description={peakDescription(rows)}
      legend={[
        { label: 'calls started and not finished', colour: palette.text },
        { label: 'requests on the wire', colour: palette.text, opacity: WIRE_OPACITY },
      ]}
      rows={rows}
      marginRight={56}
      valueKeys={['peakCallsInFlight', 'peakRequestsOnWire']}
      integer
      axisLabel="most at once (calls, requests)"
      tickFormatter={formatCount}
      palette={palette}
    >
      <Bar
        dataKey="peakCallsInFlight"
        name="calls started and not finished"
        fill={palette.text}
        isAnimationActive={false}
      >
        <BarValueLabel
          dataKey="peakCallsInFlight"
          fill={palette.text}
          bold
          formatter={countLabel}
        />
      </Bar>
      <Bar
        dataKey="peakRequestsOnWire"
        name="requests on the wire"
        fill={palette.text}
        fillOpacity={WIRE_OPACITY}
        isAnimationActive={false}
      >
        <BarValueLabel
          dataKey="peakRequestsOnWire"
          fill={palette.mutedText}
          formatter={countLabel}
        />
      </Bar>
    </CompareBarChart>
  );
}
