import type { Millis } from '../core/clock.ts';
import type { Calibration } from '../core/liveTypes.ts';
import { createFetchTransport } from './fetchTransport.ts';

/*
 * How compensation works, and why (figures: the talk's calls 125, 250, 375, 500 ms, 10-15 runs
 * each, on a 2-core machine shared with other jobs; Chromium 156 headless through the real MSW
 * worker, and Node 20 through msw/node; target: makespan within 1% of 1250 / 500 ms and a median
 * per-call error, measured in flight minus latency, under 1 ms).
 *
 * - No compensation: each call pays the mock's overhead, 4.5-7 ms in Chromium (about 1.5 ms in
 *   Node). Sequential 1271-1277 ms (+1.7 to +2.2%), promise-all 506-511 ms (+1.3 to +2.3%),
 *   per-call error median 5-9 ms. Misses the target. Where it goes (Chromium): 1.7-3.2 ms from
 *   fetch() to the handler, 0.2-0.4 ms of delay() timer lateness, 2.7-3.8 ms back to the page.
 * - Asking for `latency - median overhead` (the first design): meets the target when the machine
 *   is as quiet as during calibration (Chromium: 1247 / 500.6 ms, |error| median 0.6-0.9 ms), and
 *   misses it when it is not: the overhead drifts by several ms between calibration and run, and
 *   grows when calls are sent at once (queued on the main thread): 1266 ms (+1.3%) and 504 ms
 *   (+0.9%) with a 2.3-3.3 ms median error under load; worst runs +3 to +10%. Measuring at several
 *   delays does not help: the overhead did not depend on the delay beyond that noise. Nor did
 *   letting the handler count from the send instant: the way back alone drifts by 2-5 ms.
 * - Chosen: ask for `latency - margin` with a generous margin (compensationMarginMs, 9-16 ms in
 *   Chromium, 3-5 in Node) and hold the early response in the page until the latency has passed
 *   since the call was sent (fetchTransport.ts; the hold's timer lands within ~0.1 ms, see
 *   realClock.ts). Chromium: sequential 1250.2-1250.4 ms (+0.02%), promise-all 500.6-501.3 ms
 *   (+0.1 to +0.25%), per-call error median 0.0 ms, p90 0.1-0.2 ms, also under load. Node:
 *   1250.9 ms (+0.07%), 500.6 ms (+0.12%), median 0.02-0.04 ms. A response later than the margin
 *   still ends late (the run says so), so a mock that falls behind is shown, not hidden.
 */

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
