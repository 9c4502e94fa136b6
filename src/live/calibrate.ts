import type { Millis } from '../core/clock.ts';
import type { Calibration } from '../core/liveTypes.ts';
import type { Transport } from '../core/runFanOut.ts';
import { createFetchTransport } from './fetchTransport.ts';
import { warmMockPath } from './warmMockPath.ts';

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
 *
 * Where the error came back from (issue 13: warm sequential +0.49 %, promise-all +1.46 % with a
 * 2.25 ms per-call error, worse on a first run). A CPU profile and a trace of a live run
 * (Chromium 156, `Profiler` and `Tracing` over CDP) showed the mocks waiting for the page's own
 * rendering, not for MSW: (1) the lab followed a live run on every animation frame, about 5 ms
 * of main thread each (React render, layout, paint), a third of the thread: a hold timer or a
 * mock's delay timer falling due in a frame fired late; (2) every run event published a render
 * in a microtask queued before the model's continuation, so in a chain each call's start waited
 * for a 2-3 ms render after the previous end (three gaps: +0.5 % on 1250 ms); (3) at a run's
 * start the first renders (20-60 ms when cold) held the requests on their way through the page
 * to the handler: requests reached it 13-130 ms after fetch(), beyond the margin. Fixed: the
 * cursor follows a live run every 50 ms (src/ui/run/runSession.ts), events only write the run's
 * arrays (src/ui/run/runController.ts), and the mock path is warmed before the first
 * calibration and run (warmMockPath.ts). Interleaved A/B on one loaded machine (load 5-9):
 * sequential warm 1299 -> 1262 ms, first run 1392 -> 1262 ms; promise-all warm per-call error
 * 25 -> 1.1 ms. A first promise-all run on a fresh page under that load still ends 10 % late:
 * its first renders are cold (the UI's, not the mocks'), which no warm-up of the mock path
 * reaches; see bench:live for figures on a quiet machine.
 */

/** Calibrations measured at most before one is kept as unstable (see calibrate). */
export const MAX_CALIBRATION_ATTEMPTS = 3;

/**
 * The largest spread (p90 - p10 of the kept samples, ms) a calibration may have and be trusted.
 * On a quiet 2-core machine the spread is 1-3 ms (bench:live); what lies above 5 ms came from a
 * busy page (a load, a GC, another tab), whose median overhead is not the one a run will see.
 * The budget it protects: a live call's error target is 1 ms, and the compensation margin grows
 * with twice the spread (compensationMarginMs).
 */
export const MAX_STABLE_SPREAD_MS: Millis = 5;

/**
 * Requests sent at once to measure the page's capacity (Calibration.requestCpuMs). 32: enough
 * that the queue (about 32 x 1.2 ms = 38 ms on a 2-core machine) outweighs a lone request's
 * overhead (8-12 ms), which is taken off; few enough to stay near 50 ms, and about the largest
 * burst a talk preset sends (the gevent rows send more, and are planned from this figure).
 */
export const CAPACITY_BURST = 32;

/** Bursts measured; their median is kept, so one burst that met a GC does not set the plan. */
export const CAPACITY_BURSTS = 3;

/**
 * The least requestCpuMs reported: a burst answered faster than its lone overhead says the
 * overhead was over-estimated, not that requests are free (a 0 would let the planner send
 * anything at once).
 */
const MIN_REQUEST_CPU_MS: Millis = 0.1;

/** Tukey's fence factor: samples beyond 1.5 IQR outside the quartiles are outliers. */
const TUKEY_K = 1.5;

export interface CalibrateOptions {
  /** What the upstream paths resolve against (see FetchTransportOptions.baseUrl). */
  readonly baseUrl: string | URL;
  /** Measured requests per attempt. Default 12: a stable median in well under a second. */
  readonly samples?: number;
  /**
   * Lone requests sent first and not measured (warmMockPath's sequential part, before its
   * burst). Default 3: the first mocked request pays for loading the handlers' code paths (and
   * in the browser for waking the worker), which no run pays again.
   */
  readonly warmUps?: number;
  /**
   * The delay each request asks for, in whole ms. Default 20: long enough to include the mock's
   * own timer lateness (a 0 ms delay can skip the timer queue), short enough to stay quick.
   */
  readonly delayMs?: Millis;
  /** Calibrations at most (default MAX_CALIBRATION_ATTEMPTS). */
  readonly maxAttempts?: number;
  /** Names the calibration's requests in the network panel. Default `calibration`. */
  readonly runId?: string;
  readonly signal?: AbortSignal;
  /** The transport to measure (default: the live fetch transport, uncompensated). For tests. */
  readonly transport?: Transport;
  /** The clock it is measured with, ms (default `performance.now`). For tests. */
  readonly now?: () => Millis;
}

/**
 * Measures what a mocked call adds to the delay it asks for, and how many the page serves:
 * 1. warms the mock path (warmMockPath: lone requests, then a burst);
 * 2. sends `samples` requests one at a time (so they never queue behind each other), takes for
 *    each the measured round trip minus the requested delay, drops the outliers (Tukey fences,
 *    see keptSamples) and keeps the median as the overhead, p90 - p10 as the spread;
 * 3. measures again, up to `maxAttempts` in all, while the spread is over MAX_STABLE_SPREAD_MS,
 *    and keeps the attempt with the smallest spread (`unstable` when even that one is over);
 * 4. measures the page's capacity (requestCpuMs, see measureRequestCpuMs).
 */
export async function calibrate(options: CalibrateOptions): Promise<Calibration> {
  const { baseUrl, samples = 12, warmUps = 3, delayMs = 20, runId = 'calibration' } = options;
  const { maxAttempts = MAX_CALIBRATION_ATTEMPTS, signal } = options;
  const now = options.now ?? (() => performance.now());
  const send = options.transport ?? createFetchTransport({ baseUrl, runId, compensationMs: 0 });
  await warmMockPath(send, { sequential: warmUps, ...(signal ? { signal } : {}) });
  let index = 0;
  const call = (latencyMs: Millis) => {
    index += 1;
    return { request: 0, index, service: 'calibration', latencyMs };
  };
  let best: OverheadSample | null = null;
  let attempts = 0;
  while (attempts < Math.max(1, maxAttempts)) {
    attempts += 1;
    const overheadsMs: Millis[] = [];
    for (let i = 0; i < samples; i += 1) {
      const startedAtMs = now();
      await send(call(delayMs), signal);
      overheadsMs.push(now() - startedAtMs - delayMs);
    }
    const measured = summarise(overheadsMs);
    if (best === null || measured.spreadMs < best.spreadMs) best = measured;
    if (measured.spreadMs <= MAX_STABLE_SPREAD_MS) break;
  }
  const kept = best as OverheadSample;
  const burstsMs: Millis[] = [];
  for (let b = 0; b < CAPACITY_BURSTS; b += 1) {
    const startedAtMs = now();
    const burst = Array.from({ length: CAPACITY_BURST }, () => send(call(0), signal));
    await Promise.all(burst);
    burstsMs.push(now() - startedAtMs);
  }
  burstsMs.sort((a, b) => a - b);
  return {
    ...kept,
    requestCpuMs: requestCpuMsOf(quantile(burstsMs, 0.5), kept.overheadMs, CAPACITY_BURST),
    attempts,
    unstable: kept.spreadMs > MAX_STABLE_SPREAD_MS,
  };
}

interface OverheadSample {
  readonly overheadMs: Millis;
  readonly spreadMs: Millis;
  readonly samples: number;
}

/** The median and p90 - p10 spread of `overheadsMs` once outliers are dropped (keptSamples). */
export function summarise(overheadsMs: readonly Millis[]): OverheadSample {
  const kept = keptSamples(overheadsMs);
  return {
    overheadMs: quantile(kept, 0.5),
    spreadMs: quantile(kept, 0.9) - quantile(kept, 0.1),
    samples: kept.length,
  };
}

/**
 * `values` ascending, without the outliers by Tukey's fences: beyond 1.5 x IQR below the first
 * quartile or above the third. Why fences and not a fixed trim: an overhead sample is a floor
 * (the mock's round trip) plus now and then a hiccup of the page (a GC, a frame, a cold path)
 * that lands far above it, one or two in twelve or none; fences drop exactly those, however
 * many, and keep every sample of a page that is uniformly slower (which a trim would narrow into
 * a false precision). The median barely moves; the spread, which sets the compensation margin
 * and the stability verdict, stops being the size of one hiccup.
 */
export function keptSamples(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const reach = TUKEY_K * (q3 - q1);
  return sorted.filter((value) => value >= q1 - reach && value <= q3 + reach);
}

/**
 * Main-thread ms per mocked request under load, from a burst of `count` requests sent at once
 * with no delay and answered `burstMs` later: the page serves them one after another (its main
 * thread runs every handler), so the burst takes a lone request's overhead plus `count` times
 * the cost of one. Never below MIN_REQUEST_CPU_MS.
 */
export function requestCpuMsOf(burstMs: Millis, overheadMs: Millis, count: number): Millis {
  return Math.max(MIN_REQUEST_CPU_MS, (burstMs - overheadMs) / count);
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
