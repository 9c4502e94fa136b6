import { wireModelOf } from '../connectionCap.ts';
import { hasFaults } from '../faults/faultSettings.ts';
import { formatCount } from '../format/formatCount.ts';
import { MAX_LATENCY_MS, type Latency } from '../latency.ts';
import { hedgeDelayMs } from '../policy/hedgeDelayMs.ts';
import { predict } from '../predict.ts';
import { modelSpecOf, type Scenario } from '../scenario.ts';
import { callTailCdf } from './callTailCdf.ts';
import { convolutionWork, convolve, pmfFromCdf, type WholeMsPmf } from './convolvePmf.ts';

/** Predicted percentiles (ms) of a latency distribution, as LatencySummary names them. */
export interface PredictedSummary {
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  /** Null when summing the tail would cost more than MEAN_EVALS evaluations. */
  readonly meanMs: number | null;
}

/** What theory says of a latency distribution: exact, or why there is no closed form. */
export type TailPrediction =
  | {
      readonly kind: 'exact';
      /** How it was computed, for the page and the CLI. */
      readonly method: string;
      /** P(latency <= t) for whole ms t. */
      readonly cdf: (t: number) => number;
      readonly summary: PredictedSummary;
    }
  | { readonly kind: 'none'; readonly reason: string };

/** Mass left above a PMF's last whole ms (and below a quantile search's target). */
const TAIL_EPSILON = 1e-13;
/** Budgets that keep a prediction within tens of ms on the page. */
const MEAN_EVALS = 2_000_000;
const CONVOLUTION_WORK = 40_000_000;
const CONVOLUTION_LENGTH = 4_000_000;

/** Calls with the same latency form, hedge delay and start, counted once. */
interface CallGroup {
  readonly latency: Latency;
  readonly hedgeMs: number | null;
  readonly startMs: number;
  count: number;
}

/**
 * The exact distribution of one repetition's request latency (its makespan), where one exists
 * (docs/tails.md): the calls' times are independent draws, so a model whose starts do not
 * depend on the draws (promise-all, offload, a throttle without a bound in flight, a pool or
 * bound never reached) ends at max(s_i + D_i), whose CDF is the product of the calls' CDFs
 * shifted by their starts; a loop of awaits and batches add independent (maxima of) times, whose
 * PMF is a numeric convolution. A worker pool that queues, faults, timeouts and the browser's
 * connection cap have none.
 */
export function predictRequestTail(scenario: Scenario): TailPrediction {
  const blocked = blockedReason(scenario);
  if (blocked !== null) return { kind: 'none', reason: blocked };
  const spec = modelSpecOf(scenario.fanOut);
  const n = scenario.fanOut.calls.length;
  const chunkOf = (size: number) => predictChunks(scenario, size);
  switch (spec.name) {
    case 'sequential':
      return chunkOf(1);
    case 'batches':
      return spec.limit >= n ? maxOfCalls(scenario, null, 0) : chunkOf(spec.limit);
    case 'promise-all':
      return maxOfCalls(scenario, null, 0);
    case 'offload':
      return maxOfCalls(scenario, null, spec.workMs);
    case 'worker-pool':
      return spec.limit >= n
        ? maxOfCalls(scenario, null, 0)
        : {
            kind: 'none',
            reason:
              `a pool of ${spec.limit} for ${n} calls starts each call when another ends ` +
              '(list scheduling): the maximum of dependent sums has no closed form here',
          };
    case 'throttled': {
      if (spec.limit !== null && spec.limit < n) {
        return {
          kind: 'none',
          reason: `a bound of ${spec.limit} in flight makes starts wait for ends: no closed form`,
        };
      }
      // Without a bound the throttle's starts depend on the call's index alone.
      const starts = predict(new Array<number>(n).fill(0), { ...spec, limit: null }).startsMs;
      if (!starts.every(Number.isInteger)) {
        return { kind: 'none', reason: 'the token bucket starts calls between whole ms' };
      }
      return maxOfCalls(scenario, starts, 0);
    }
  }
}

/**
 * The exact distribution of one call's time from send to answer, pooled over the calls (what
 * the lab's per-call view counts): the mean of the calls' CDFs. Same conditions as
 * predictRequestTail's, except that it holds for every model.
 */
export function predictCallTail(scenario: Scenario): TailPrediction {
  const blocked = blockedReason(scenario);
  if (blocked !== null) return { kind: 'none', reason: blocked };
  const groups = groupCalls(scenario, null);
  const n = scenario.fanOut.calls.length;
  if (n === 0) return { kind: 'none', reason: 'the request makes no calls' };
  const cdf = (t: number): number => {
    let sum = 0;
    for (const g of groups) sum += g.count * callTailCdf(g.latency, g.hedgeMs, Math.floor(t));
    return sum / n;
  };
  return exactFromCdf(cdf, MAX_LATENCY_MS, groups.length, 'the mean of the calls’ own CDFs');
}

function blockedReason(scenario: Scenario): string | null {
  if (hasFaults(scenario.faults) || scenario.policy.timeoutMs !== null) {
    return 'failures, timeouts and retries make the time depend on what failed: no closed form';
  }
  if (wireModelOf(scenario.run) !== null) {
    return 'with the browser’s connections modelled, calls wait for each other’s connections: no closed form';
  }
  return null;
}

function groupCalls(scenario: Scenario, starts: readonly number[] | null): CallGroup[] {
  const byKey = new Map<string, CallGroup>();
  scenario.fanOut.calls.forEach((call, i) => {
    const hedgeMs = hedgeDelayMs(scenario.policy, call.latency);
    const startMs = starts?.[i] ?? 0;
    const key = JSON.stringify([call.latency, hedgeMs, startMs]);
    const group = byKey.get(key);
    if (group) group.count += 1;
    else byKey.set(key, { latency: call.latency, hedgeMs, startMs, count: 1 });
  });
  return [...byKey.values()];
}

/** P(max_i (s_i + D_i) <= t) = prod_i P(D_i <= t - s_i), and 0 before the local work ends. */
function maxCdfOf(groups: readonly CallGroup[], floorMs: number): (t: number) => number {
  return (t) => {
    const whole = Math.floor(t);
    if (whole < floorMs) return 0;
    let product = 1;
    for (const g of groups) {
      product *= callTailCdf(g.latency, g.hedgeMs, whole - g.startMs) ** g.count;
      if (product === 0) return 0;
    }
    return product;
  };
}

function maxOfCalls(
  scenario: Scenario,
  starts: readonly number[] | null,
  workMs: number,
): TailPrediction {
  const groups = groupCalls(scenario, starts);
  const latestStart = Math.max(0, ...groups.map((g) => g.startMs));
  const what =
    starts === null
      ? 'the product of the calls’ CDFs (the maximum of independent calls)'
      : 'the product of the calls’ CDFs, each shifted by its throttled start';
  return exactFromCdf(
    maxCdfOf(groups, workMs),
    latestStart + Math.max(MAX_LATENCY_MS, workMs),
    groups.length,
    what,
  );
}

/** Chunks of `size` in a row (a loop of awaits is size 1): a convolution of chunk maxima. */
function predictChunks(scenario: Scenario, size: number): TailPrediction {
  const calls = scenario.fanOut.calls;
  const pmfs = new Map<string, WholeMsPmf>();
  let total: WholeMsPmf = { offsetMs: 0, probs: Float64Array.of(1) };
  let work = 0;
  for (let first = 0; first < calls.length; first += size) {
    const chunk = {
      ...scenario,
      fanOut: { ...scenario.fanOut, calls: calls.slice(first, first + size) },
    };
    const groups = groupCalls(chunk, null);
    const key = JSON.stringify(groups);
    let pmf = pmfs.get(key);
    if (pmf === undefined) {
      const cdf = maxCdfOf(groups, 0);
      pmf = pmfFromCdf(cdf, quantileOfCdf(cdf, 1 - TAIL_EPSILON, MAX_LATENCY_MS));
      pmfs.set(key, pmf);
    }
    work += convolutionWork(total, pmf);
    if (work > CONVOLUTION_WORK || total.probs.length + pmf.probs.length > CONVOLUTION_LENGTH) {
      return {
        kind: 'none',
        reason:
          'the sum of these calls’ times is too wide to convolve exactly on the page ' +
          `(more than ${formatCount(CONVOLUTION_WORK)} steps); the measured distribution stands alone`,
      };
    }
    total = convolve(total, pmf);
  }
  const cumulative = new Float64Array(total.probs.length);
  let running = 0;
  let mean = 0;
  total.probs.forEach((p, j) => {
    running += p;
    cumulative[j] = running;
    mean += p * (total.offsetMs + j);
  });
  const cdf = (t: number): number => {
    const j = Math.floor(t) - total.offsetMs;
    if (j < 0) return 0;
    return j >= cumulative.length ? 1 : (cumulative[j] as number);
  };
  const hi = total.offsetMs + total.probs.length;
  const method =
    size === 1
      ? 'a numeric convolution of the calls’ PMFs (a sum of independent calls)'
      : `a numeric convolution of the batches’ maxima (each batch of ${size} the product of its calls’ CDFs)`;
  const summary = summaryOf(cdf, hi);
  return {
    kind: 'exact',
    method,
    cdf,
    summary: { ...summary, meanMs: mean / Math.max(running, 1e-300) },
  };
}

function exactFromCdf(
  cdf: (t: number) => number,
  hiMs: number,
  groups: number,
  method: string,
): TailPrediction {
  const summary = summaryOf(cdf, hiMs);
  // E[X] = sum over t >= 0 of P(X > t) for a whole-ms X >= 0, up to where the CDF reaches 1.
  const top = quantileOfCdf(cdf, 1 - TAIL_EPSILON, hiMs);
  let meanMs: number | null = null;
  if ((top + 1) * groups <= MEAN_EVALS) {
    meanMs = 0;
    for (let t = 0; t < top; t += 1) meanMs += 1 - cdf(t);
  }
  return { kind: 'exact', method, cdf, summary: { ...summary, meanMs } };
}

function summaryOf(cdf: (t: number) => number, hiMs: number): Omit<PredictedSummary, 'meanMs'> {
  return {
    p50Ms: quantileOfCdf(cdf, 0.5, hiMs),
    p90Ms: quantileOfCdf(cdf, 0.9, hiMs),
    p99Ms: quantileOfCdf(cdf, 0.99, hiMs),
    p999Ms: quantileOfCdf(cdf, 0.999, hiMs),
  };
}

/**
 * The smallest whole ms t in [0, hiMs] with cdf(t) >= p (the definition latencyQuantileMs and
 * the measured quantiles use), by bisection; a relative slack absorbs floating-point grain.
 */
export function quantileOfCdf(cdf: (t: number) => number, p: number, hiMs: number): number {
  let low = 0;
  let high = Math.ceil(hiMs);
  const target = p - 1e-12;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (cdf(mid) >= target) high = mid;
    else low = mid + 1;
  }
  return low;
}
