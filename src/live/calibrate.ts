import type { Millis } from '../core/clock.ts';
import type { Calibration } from '../core/liveTypes.ts';
import { createFetchTransport } from './fetchTransport.ts';

export interface CalibrateOptions {
  /** What the upstream paths resolve against (see FetchTransportOptions.baseUrl). */
  readonly baseUrl: string | URL;
  /** Measured requests. Default 12: enough for a stable median in well under a second. */
  readonly samples?: number;
  /**
   * Requests sent first and not measured. Default 2: the first mocked request pays for loading
   * the handlers' code paths (and in the browser for waking the worker), which no run pays again.
   */
  readonly warmUps?: number;
  /**
   * The delay each request asks for, in whole ms. Default 20: long enough to include the mock's
   * own timer lateness (a 0 ms delay can skip the timer queue), short enough to stay quick.
   */
  readonly delayMs?: Millis;
  /** Names the calibration's requests in the network panel. Default `calibration`. */
  readonly runId?: string;
  readonly signal?: AbortSignal;
}

/**
 * Measures what a mocked call adds to the delay it asks for: sends requests one at a time (so
 * they never queue behind each other) and takes, for each, the measured round trip minus the
 * requested delay. The overhead is the median of these samples, the spread p90 - p10.
 */
export async function calibrate(options: CalibrateOptions): Promise<Calibration> {
  const { baseUrl, samples = 12, warmUps = 2, delayMs = 20, runId = 'calibration' } = options;
  const send = createFetchTransport({ baseUrl, runId, compensationMs: 0 });
  const overheadsMs: Millis[] = [];
  for (let i = 0; i < warmUps + samples; i += 1) {
    const call = { request: 0, index: i, service: 'calibration', latencyMs: delayMs };
    const startedAtMs = performance.now();
    await send(call, options.signal);
    if (i >= warmUps) overheadsMs.push(performance.now() - startedAtMs - delayMs);
  }
  overheadsMs.sort((a, b) => a - b);
  return {
    overheadMs: quantile(overheadsMs, 0.5),
    spreadMs: quantile(overheadsMs, 0.9) - quantile(overheadsMs, 0.1),
    samples: overheadsMs.length,
  };
}

/**
 * How much sooner than its latency a compensated call asks the mock to answer (the transport
 * then holds the response until the latency has passed): twice the overhead plus its spread.
 * Twice, because calibration sends one request at a time while a fan-out sends several at once,
 * whose requests queue on the main thread (4 at once needed about 15 ms in Chromium where one
 * at a time took 5-7). A wider margin costs nothing (an early response waits a little longer in
 * the page); a narrow one lets calls end late, which the run then reports. Still a margin, not
 * the whole latency: a mock that falls behind by more than that shows as late, not hidden.
 */
export function compensationMarginMs(calibration: Calibration): Millis {
  return 2 * (calibration.overheadMs + calibration.spreadMs);
}

/** The q-quantile of ascending `sorted` values, interpolated linearly; 0 for no values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}
