import { MAX_LATENCY_MS } from './latency.ts';

/**
 * The bounds of every value a scenario may hold. The URL codec enforces them on the way in, so
 * the engines, charts and mocks can rely on them; a link can never ask for a run that would
 * freeze the page. All ranges are inclusive.
 */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** The most calls one request may make (after `*count` repetitions are expanded). */
export const MAX_CALLS = 100_000;

/**
 * The most calls a live run may make: each is a real `fetch()` through the service worker, and
 * the browser's timeline would no longer show what the model does. Bigger scenarios run virtually.
 */
export const MAX_LIVE_CALLS = 1_000;

/**
 * The most copies one virtual run may send in the worst case (each model's run in the Compare
 * lab): a copy is one send of a call (its first send, each retry, each hedge), and a call may
 * send (1 + retries) x (2 with a hedge) of them. A copy of a failing call costs the engine several
 * times what a plain call does (measured: 100,000 failing copies take 2.5 to 9 s on a loaded
 * 2-core machine, 100,000 plain calls 0.4 to 1.1 s), so the bound is the calls' bound: a run at
 * either finishes in seconds. Invariant: MAX_COPIES >= MAX_CALLS, so a plain run always fits.
 * Checked before a run starts, from the worst case (src/core/faults/worstCaseCopies.ts).
 */
export const MAX_COPIES = MAX_CALLS;

/**
 * The most copies a live run may send in the worst case: each is a real `fetch()` answered on
 * the page's main thread, the cost MAX_LIVE_CALLS bounds. Invariant: MAX_LIVE_COPIES >=
 * MAX_LIVE_CALLS, so a live run without faults is bounded by its calls alone.
 */
export const MAX_LIVE_COPIES = MAX_LIVE_CALLS;

/** A call's latency in whole ms (fixed, range bounds, p50 and p99), up to MAX_LATENCY_MS. */
export const LATENCY_RANGE_MS: NumberRange = { min: 0, max: MAX_LATENCY_MS };

/** How often one `*count` may repeat a call. */
export const CALL_COUNT_RANGE: NumberRange = { min: 1, max: MAX_CALLS };

/** `limit`: batch size, pool size, or the throttle's bound in flight. */
export const LIMIT_RANGE: NumberRange = { min: 1, max: 100_000 };

/** `cap`: starts per window of the sliding and fixed throttles. */
export const CAP_RANGE: NumberRange = { min: 1, max: 100_000 };

/** `window`: the throttle window in whole ms (up to an hour). */
export const WINDOW_RANGE_MS: NumberRange = { min: 1, max: 3_600_000 };

/** `minTime`: the spacing throttle's gap between starts in whole ms (up to an hour). */
export const MIN_TIME_RANGE_MS: NumberRange = { min: 0, max: 3_600_000 };

/** `burst`: the token bucket's size (and its tokens at t = 0). */
export const BURST_RANGE: NumberRange = { min: 1, max: 100_000 };

/** `rate`: the token bucket's refill in tokens per second; must be above 0 (exclusive). */
export const MAX_RATE_PER_SEC = 100_000;

/** `rate` may be a decimal with at most this many decimal places (so 0.000001 is the slowest). */
export const RATE_DECIMAL_PLACES = 6;

/** `work`: the offload model's local work in whole ms (as long as the longest latency). */
export const WORK_RANGE_MS: NumberRange = { min: 0, max: MAX_LATENCY_MS };

/** `seed`: any unsigned 32-bit integer (what seededRandom uses). */
export const SEED_RANGE: NumberRange = { min: 0, max: 4_294_967_295 };

/**
 * `connections`: HTTP/1.1 connections per upstream origin. Browsers open 6 (Chromium, Firefox);
 * 64 leaves room to show that more connections flatten the staircase, far below any call count
 * that would make the pool's queue costly.
 */
export const CONNECTIONS_RANGE: NumberRange = { min: 1, max: 64 };

/** `setup`: the virtual engine's cost of opening one connection (DNS, TCP, TLS), in ms. */
export const SETUP_RANGE_MS: NumberRange = { min: 0, max: 10_000 };

/** `speed`: replay speed of virtual runs (1 = real time, 0.1 = ten times slower, 10 = faster). */
export const MAX_REPLAY_SPEED = 100;

/** `speed` may have at most this many decimal places (so 0.01, a hundredfold slow motion, is the slowest). */
export const SPEED_DECIMAL_PLACES = 2;

/** `requests`: how many requests the Server lab's client sends (N, hammer.py's nb_requests). */
export const REQUESTS_RANGE: NumberRange = { min: 1, max: 100_000 };

/** `concurrency`: the most requests the client keeps in flight (C, hammer.py's semaphore). */
export const CONCURRENCY_RANGE: NumberRange = { min: 1, max: 100_000 };

/** `processes`: the server's worker processes. */
export const PROCESSES_RANGE: NumberRange = { min: 1, max: 1024 };

/** `threads`: threads per process of a sync (blocking) server. */
export const THREADS_RANGE: NumberRange = { min: 1, max: 1024 };

/** `greenlets`: greenlets per process of a gevent-style server (absent: sync workers). */
export const GREENLETS_RANGE: NumberRange = { min: 1, max: 10_000 };

/** `upstreamCap`: calls the upstream serves at once (absent: unbounded). */
export const UPSTREAM_CAP_RANGE: NumberRange = { min: 1, max: 1_000_000 };

/** `callOverhead` and `requestOverhead` in ms (up to a minute), decimals allowed. */
export const OVERHEAD_RANGE_MS: NumberRange = { min: 0, max: 60_000 };

/** Overheads may have at most this many decimal places (so 0.001 ms, a microsecond, is the finest). */
export const OVERHEAD_DECIMAL_PLACES = 3;

/**
 * `arrivalRate`: open arrivals in requests per second. At most 10,000/s: arrival times are
 * rounded to the microsecond, and a mean gap of 100 µs keeps that rounding under 1 % of a gap.
 * At least 0.001/s (one request in about 17 minutes), the finest the 3 decimals can write.
 */
export const ARRIVAL_RATE_RANGE_PER_SEC: NumberRange = { min: 0.001, max: 10_000 };

/** `arrivalRate` may have at most this many decimal places. */
export const ARRIVAL_RATE_DECIMAL_PLACES = 3;

/**
 * The most upstream calls one Server lab run may make (requests x calls per request): a million
 * spans is about what a virtual run, its charts and its JSON export can hold in a tab.
 */
export const MAX_SERVER_CALLS = 1_000_000;

/**
 * `origin`: the longest origin text accepted (a scheme, a host name of at most 253 characters
 * and a port fit well within it).
 */
export const MAX_ORIGIN_CHARS = 300;

/**
 * The slow share of a rare-slow latency (`10/1000@1`): percent of calls, above 0, at most 100,
 * two decimals at most (0.01 % is one call in ten thousand).
 */
export const SLOW_PERCENT_RANGE = { above: 0, max: 100, decimalPlaces: 2 } as const;

/** Fault rates (`error`, `hang`, `busy`): whole percent of a service's calls. */
export const FAULT_PCT_RANGE: NumberRange = { min: 0, max: 100 };

/** The most services one fault-rate list may name. */
export const MAX_RATE_LIST_ENTRIES = 64;

/** `retryAfter`: the 429's Retry-After in whole seconds. */
export const RETRY_AFTER_RANGE_S: NumberRange = { min: 0, max: 60 };

/** `hangFor`: how long a hung call hangs before the proxy's 504, in whole ms. */
export const HANG_FOR_RANGE_MS: NumberRange = { min: 1, max: MAX_LATENCY_MS };

/** `timeout` and `hedge`: in whole ms. */
export const POLICY_DELAY_RANGE_MS: NumberRange = { min: 1, max: MAX_LATENCY_MS };

/**
 * `hedge=pNN`: the percentile of each call's own latency it is hedged at. Below the median a
 * hedge would double most calls; 99.9 is the finest tail the Tail at Scale paper discusses.
 */
export const HEDGE_PERCENTILE_RANGE = { min: 50, max: 99.9 } as const satisfies NumberRange;

/** Decimal places of a hedge percentile (`p99.9`). */
export const HEDGE_PERCENTILE_DECIMAL_PLACES = 1;

/**
 * `repeat`: how many times the Fan-out lab runs its request (docs/tails.md). 100,000 runs of
 * 100 plain calls take about a second from the draws; the engine's path has its own bound,
 * REPEAT_ENGINE_COPIES.
 */
export const REPEAT_RANGE: NumberRange = { min: 1, max: 100_000 };

/**
 * The most copies (K x the worst case of one run) repetitions may send through the virtual
 * engine when faults, timeouts or a hedge over a connection cap keep them off the direct path
 * (tails/repeatFanOut.ts): 100,000 failing copies take the engine seconds (MAX_COPIES).
 */
export const REPEAT_ENGINE_COPIES = 200_000;

/** `retries` per call. */
export const RETRIES_RANGE: NumberRange = { min: 0, max: 10 };

/** `backoff`: the first retry's backoff in whole ms. */
export const BACKOFF_RANGE_MS: NumberRange = { min: 0, max: 60_000 };

/** `maxBackoff`: the ceiling of the exponential backoff in whole ms (default: the maximum). */
export const MAX_BACKOFF_RANGE_MS: NumberRange = { min: 0, max: MAX_LATENCY_MS };
