import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, modelSpecOf } from '../../../core/scenario.ts';
import { compareChartRows, makespanDescription, peakDescription } from './compareChartRows.ts';
import type { CompareRow } from './compareSnapshot.ts';

const rows: CompareRow[] = [
  {
    model: 'sequential',
    spec: modelSpecOf(DEFAULT_SCENARIO),
    predictedMs: 1250,
    stats: { makespanMs: 1262.4, peakInFlight: 1, totalWaitMs: 0, callCount: 4 },
    faultStats: null,
    notes: [],
  },
  {
    model: 'worker-pool',
    spec: modelSpecOf({ ...DEFAULT_SCENARIO, model: 'worker-pool' }),
    predictedMs: 750,
    stats: null,
    faultStats: null,
    notes: [],
  },
];

describe('compareChartRows', () => {
  it('gives each model its short title, measured and predicted makespan and peak', () => {
    expect(compareChartRows(rows)).toEqual([
      { label: 'Sequential', measuredMs: 1262.4, predictedMs: 1250, peakInFlight: 1 },
      { label: 'Worker pool', measuredMs: null, predictedMs: 750, peakInFlight: null },
    ]);
  });

  it('describes both charts in words', () => {
    const chartRows = compareChartRows(rows);
    expect(makespanDescription(chartRows)).toBe(
      'Measured makespan per model, with the prediction in brackets: ' +
        'Sequential 1,262.4 ms (1,250 ms); Worker pool not measured (750 ms).',
    );
    expect(peakDescription(chartRows)).toBe(
      'Most calls in flight at once, per model: Sequential 1 call; Worker pool not measured.',
    );
  });
});
