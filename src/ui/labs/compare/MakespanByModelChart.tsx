import { Bar } from 'recharts';
import { BarValueLabel } from '../../charts/BarValueLabel.tsx';
import { measuredPredictedLegend } from '../../charts/measuredPredictedLegend.ts';
import { durationAxis } from '../../../core/format/durationAxis.ts';
import { formatDuration } from '../../../core/format/formatDuration.ts';
import { CompareBarChart, type CompareChartProps } from './CompareBarChart.tsx';
import { makespanDescription } from './compareChartRows.ts';

const TITLE = 'Makespan per model: measured and predicted';

const msLabel = (value: unknown): string =>
  typeof value === 'number' ? formatDuration(value) : '';

/**
 * Two bars per model, side by side: the measured makespan (solid) and the prediction (a dashed
 * outline, as predictions are drawn everywhere else). The numbers are printed on the bars.
 */
export function MakespanByModelChart({ rows, palette }: CompareChartProps) {
  // The axis reads in the unit of its longest bar (ms, s or min:s), as the bar labels do.
  const axis = durationAxis(
    Math.max(1, ...rows.map((row) => Math.max(row.measuredMs ?? 0, row.predictedMs ?? 0))),
  );
  return (
    <CompareBarChart
      title={TITLE}
      description={makespanDescription(rows)}
      legend={measuredPredictedLegend(palette)}
      rows={rows}
      marginRight={88}
      valueKeys={['measuredMs', 'predictedMs']}
      axisLabel={`makespan (${axis.unit})`}
      tickFormatter={axis.tick}
      palette={palette}
    >
      <Bar dataKey="measuredMs" name="measured" fill={palette.text} isAnimationActive={false}>
        <BarValueLabel dataKey="measuredMs" fill={palette.text} bold formatter={msLabel} />
      </Bar>
      <Bar
        dataKey="predictedMs"
        name="predicted"
        fill={palette.background}
        stroke={palette.predicted}
        strokeWidth={2}
        strokeDasharray="6 4"
        isAnimationActive={false}
      >
        <BarValueLabel dataKey="predictedMs" fill={palette.mutedText} formatter={msLabel} />
      </Bar>
    </CompareBarChart>
  );
}
