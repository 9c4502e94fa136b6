import type { Palette } from '../palette.ts';
import type { LegendItem } from './ChartLegend.tsx';

/**
 * The legend of a chart that sets a measurement beside the formula's prediction: solid for what
 * was measured, a dashed outline for the prediction, as predictions are drawn everywhere.
 */
export function measuredPredictedLegend(palette: Palette): readonly LegendItem[] {
  return [
    { label: 'measured', colour: palette.text },
    { label: 'predicted by the formula', colour: palette.predicted, outlined: true },
  ];
}
