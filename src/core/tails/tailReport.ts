import type { Scenario } from '../scenario.ts';
import {
  distributionOf,
  distributionOfCounts,
  summarize,
  type LatencyDistribution,
  type LatencySummary,
} from './latencyDistribution.ts';
import { repeatFanOut, type RepeatedFanOut } from './repeatFanOut.ts';
import { predictCallTail, predictRequestTail, type TailPrediction } from './tailPrediction.ts';

/** One distribution as measured over the repetitions, beside what theory predicts of it. */
export interface MeasuredTail {
  readonly distribution: LatencyDistribution;
  readonly measured: LatencySummary;
  readonly prediction: TailPrediction;
}

/** What `repeat=K` shows and prints: the runs, the request's and the calls' distributions. */
export interface TailReport {
  readonly runs: RepeatedFanOut;
  /** The request's latency: each repetition's makespan. */
  readonly request: MeasuredTail;
  /** One call's time from send to answer, pooled over every call of every repetition. */
  readonly call: MeasuredTail;
}

/**
 * Runs the scenario's request `scenario.run.repeat` times (repeatFanOut) and measures both
 * distributions beside their predictions. Rejects with repeatFanOut's RangeError past its bound
 * (check repeatLimitProblem first to show the message instead).
 */
export async function tailReport(scenario: Scenario): Promise<TailReport> {
  const runs = await repeatFanOut(scenario);
  const requestDistribution = distributionOf(runs.makespansMs);
  const callDistribution = distributionOfCounts(runs.callLatencyCounts);
  return {
    runs,
    request: {
      distribution: requestDistribution,
      measured: summarize(requestDistribution),
      prediction: predictRequestTail(scenario),
    },
    call: {
      distribution: callDistribution,
      measured: summarize(callDistribution),
      prediction: predictCallTail(scenario),
    },
  };
}
