import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, modelSpecOf } from '../../../core/scenario.ts';
import { compareChartRows, makespanDescription, peakDescription } from './compareChartRows.ts';
import type { CompareRow } from './compareSnapshot.ts';

const rows: CompareRow[] = [
  {
    model: 'sequential',
    protocol: null,
    spec: modelSpecOf(DEFAULT_SCENARIO.fanOut),
    predictedMs: 1250,
    stats: {
      makespanMs: 1262.4,
      peakCallsInFlight: 1,
      peakRequestsOnWire: 1,
      totalWaitMs: 0,
      callCount: 4,
    },
    faultStats: null,
    notes: [],
  },
  {
    // With hedges: four calls at once, six copies of them on the wire at the busiest instant.
    model: 'promise-all',
    protocol: null,
    spec: modelSpecOf({ ...DEFAULT_SCENARIO.fanOut, model: 'promise-all' }),
    predictedMs: null,
    stats: {
      makespanMs: 500,
      peakCallsInFlight: 4,
      peakRequestsOnWire: 6,
      totalWaitMs: 0,
      callCount: 4,
    },
    faultStats: null,
    notes: [],
  },
  {
    model: 'worker-pool',
    protocol: null,
    spec: modelSpecOf({ ...DEFAULT_SCENARIO.fanOut, model: 'worker-pool' }),
    predictedMs: 750,
    stats: null,
    faultStats: null,
    notes: [],
  },
];

describe('compareChartRows', () => {
  it('gives each model its short title, measured and predicted makespan and peak', () => {
    expect(compareChartRows(rows)).toEqual([
      {
        label: 'Sequential',
        measuredMs: 1262.4,
        predictedMs: 1250,
        peakCallsInFlight: 1,
        peakRequestsOnWire: 1,
      },
      {
        label: 'All at once',
        measuredMs: 500,
        predictedMs: null,
        peakCallsInFlight: 4,
        peakRequestsOnWire: 6,
      },
      {
        label: 'Worker pool',
        measuredMs: null,
        predictedMs: 750,
        peakCallsInFlight: null,
        peakRequestsOnWire: null,
      },
    ]);
  });

  it('describes both charts in words', () => {
    const chartRows = compareChartRows(rows);
    expect(makespanDescription(chartRows)).toBe(
      'Measured makespan per model, with the prediction in brackets: ' +
        'Sequential 1,262.4 ms (1,250 ms); All at once 500 ms (no closed form); ' +
        'Worker pool not measured (750 ms).',
    );
    expect(peakDescription(chartRows)).toBe(
      'Most calls in flight (started and not finished) and requests on the wire at once, ' +
        'per model: Sequential 1 call, 1 request; All at once 4 calls, 6 requests; ' +
        'Worker pool not measured.',
    );
  });
});
