import type { Millis } from '../../core/clock.ts';
import type { PlannedCall } from '../../core/plannedCall.ts';
import type { Transport } from '../../core/runFanOut.ts';
import { experimentTransport } from '../experimentTime.ts';
import { createFetchTransport } from '../fetchTransport.ts';

export interface ScaledUpstreamTransportOptions {
  /** What the upstream paths resolve against: `document.baseURI` in the page. */
  readonly baseUrl: string | URL;
  /** Names the run in every upstream request (`run=`). */
  readonly runId: string;
  /** Experiment ms per wall ms (see LiveServerRunOptions.timeScale). */
  readonly timeScale: number;
  /**
   * The compensation margin in *wall* ms (compensationMarginMs of the calibration), 0 = off.
   * Not scaled: it is the mocks' own overhead, which the time scale does not shrink.
   */
  readonly compensationMs: Millis;
  /** Told of each call whose response came back after its latency, by how many wall ms. */
  readonly onLate?: (call: PlannedCall, lateWallMs: Millis) => void;
}

/**
 * The upstream transport of a live server run: takes calls whose latencies are experiment ms
 * and sends each through fetchTransport with its latency divided by the time scale
 * (experimentTransport), so it asks
 * the mocked service for `latency / timeScale` wall ms (minus the margin, with compensation),
 * and, with compensation, holds the early answer until exactly that wall latency has passed
 * (fractions included). Without compensation the mock's delay is rounded to whole ms (its
 * contract), an error of at most 0.5 wall ms per call, below the mock's own overhead.
 */
export function createScaledUpstreamTransport(options: ScaledUpstreamTransportOptions): Transport {
  const { timeScale } = options;
  const send = createFetchTransport({
    baseUrl: options.baseUrl,
    runId: options.runId,
    compensationMs: options.compensationMs,
    ...(options.onLate ? { onLate: options.onLate } : {}),
  });
  return experimentTransport(send, timeScale);
}
