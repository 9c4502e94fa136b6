import { callNumber } from '../../core/callLabel.ts';
import type { FaultStats } from '../../core/faults/faultStats.ts';
import type { FaultPrediction } from '../../core/faults/predictFaults.ts';
import { formatMs } from './formatMs.ts';

/** One figure of the failures panel, as text (the component only lays them out). */
export interface FaultFigure {
  readonly label: string;
  readonly testId: string;
  readonly value: string | null;
  readonly unit: string;
  readonly detail: string | null;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const percent = (value: number): string => String(Math.round(value * 10) / 10);
const twoPlaces = (value: number): string => String(Math.round(value * 100) / 100);

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
      return `failed at ${formatMs(outcome.settledAtMs)} ms (call ${call})`;
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
  const expected = (
    value: number | null | undefined,
    unit: string,
    format: (v: number) => string,
  ) =>
    prediction === null
      ? null
      : value === null || value === undefined
        ? 'expected: no closed form'
        : `expected ${format(value)}${unit}`;
  return [
    {
      label: 'Request',
      testId: 'request-outcome',
      value: stats === null ? null : requestOutcomeText(stats),
      unit: '',
      detail:
        prediction === null
          ? null
          : `succeeds with probability ${percent(prediction.requestSuccessPct)} %`,
    },
    {
      label: 'Calls answered',
      testId: 'success-pct',
      value: stats === null ? null : percent(stats.successPct),
      unit: '%',
      detail: expected(prediction?.callSuccessPct, ' %', percent),
    },
    {
      label: 'Copies per call',
      testId: 'copies-per-call',
      value: stats === null ? null : twoPlaces(stats.loadFactor),
      unit: '',
      detail:
        stats === null
          ? expected(prediction?.copiesPerCall, '', twoPlaces)
          : `${count(stats.retriesSent, 'retry', 'retries')}, ${count(stats.hedgesSent, 'hedge', 'hedges')}; ` +
            (expected(prediction?.copiesPerCall, '', twoPlaces) ?? ''),
    },
    {
      label: 'Wasted call time',
      testId: 'wasted-ms',
      value: stats === null ? null : formatMs(stats.wastedMs),
      unit: 'ms',
      detail: stats === null ? null : `${percent(stats.wastedPct)} % of all call time`,
    },
    {
      label: 'Call p99',
      testId: 'ok-p99-ms',
      value: stats?.okDurationP99Ms == null ? null : formatMs(stats.okDurationP99Ms),
      unit: 'ms',
      detail:
        stats?.okDurationP50Ms == null
          ? null
          : `p50 ${formatMs(stats.okDurationP50Ms)} ms, first send to answer`,
    },
  ];
}
