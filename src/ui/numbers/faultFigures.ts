import { callNumber } from '../../core/callLabel.ts';
import type { FaultStats } from '../../core/faults/faultStats.ts';
import type { FaultPrediction } from '../../core/faults/predictFaults.ts';
import { countOf } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { formatPercent, formatPercentValue, formatRatio } from '../../core/format/formatRate.ts';
import { durationFigure } from './durationFigure.ts';

/** One figure of the failures panel, as text (the component only lays them out). */
export interface FaultFigure {
  readonly label: string;
  readonly testId: string;
  readonly value: string | null;
  readonly unit: string;
  /** The exact number behind `value` (ms for durations), as the figure's `data-value`. */
  readonly exact: number | null;
  readonly detail: string | null;
}

/**
 * "failed at 250 ms (call 2)", "partial: 3 of 4 calls answered", "ok". The call is numbered
 * from 1, as the call editor numbers it (the outcome's failedCall is its 0-based index).
 */
export function requestOutcomeText(stats: FaultStats): string | null {
  const outcome = stats.outcome;
  if (outcome === null) return null;
  switch (outcome.status) {
    case 'ok':
      return 'ok';
    case 'partial':
      return `partial: ${stats.okCalls} of ${stats.callCount} calls answered`;
    case 'failed': {
      const call = outcome.failedCall === null ? '?' : callNumber(outcome.failedCall);
      return `failed at ${formatDuration(outcome.settledAtMs)} (call ${call})`;
    }
  }
}

/**
 * The figures of a run with faults or a call policy: measured beside what probability expects
 * (docs/faults.md); an expectation without a closed form says so instead of a number.
 */
export function faultFigures(
  stats: FaultStats | null,
  prediction: FaultPrediction | null,
): FaultFigure[] {
  const expected = (value: number | null | undefined, format: (v: number) => string) =>
    prediction === null
      ? null
      : value === null || value === undefined
        ? 'expected: no closed form'
        : `expected ${format(value)}`;
  return [
    {
      label: 'Request',
      testId: 'request-outcome',
      value: stats === null ? null : requestOutcomeText(stats),
      unit: '',
      exact: null,
      detail:
        prediction === null
          ? null
          : `succeeds with probability ${formatPercent(prediction.requestSuccessPct)}`,
    },
    {
      label: 'Calls answered',
      testId: 'success-pct',
      value: stats === null ? null : formatPercentValue(stats.successPct),
      unit: '%',
      exact: stats?.successPct ?? null,
      detail: expected(prediction?.callSuccessPct, formatPercent),
    },
    {
      label: 'Copies per call',
      testId: 'copies-per-call',
      value: stats === null ? null : formatRatio(stats.loadFactor),
      unit: '',
      exact: stats?.loadFactor ?? null,
      detail:
        stats === null
          ? expected(prediction?.copiesPerCall, formatRatio)
          : `${countOf(stats.retriesSent, 'retry', 'retries')}, ${countOf(stats.hedgesSent, 'hedge', 'hedges')}; ` +
            (expected(prediction?.copiesPerCall, formatRatio) ?? ''),
    },
    {
      label: 'Wasted call time',
      testId: 'wasted-ms',
      ...durationFigure(stats?.wastedMs),
      detail: stats === null ? null : `${formatPercent(stats.wastedPct)} of all call time`,
    },
    {
      label: 'Call p99',
      testId: 'ok-p99-ms',
      ...durationFigure(stats?.okDurationP99Ms),
      detail:
        stats?.okDurationP50Ms == null
          ? null
          : `p50 ${formatDuration(stats.okDurationP50Ms)}, first send to answer`,
    },
  ];
}
