import { MAX_SERVER_CALLS } from '../limits.ts';
import type { ModelSpec } from '../modelSpec.ts';
import { modelSpecOf, type CallSpec, type Scenario } from '../scenario.ts';
import type { ServerSpec } from './serverSpec.ts';

/** Everything a server run needs: the server, and the handler every request runs. */
export interface ServerRunInput {
  readonly server: ServerSpec;
  /** The fan-out model of each request's handler. */
  readonly handler: ModelSpec;
  /** Each request's upstream calls; request r draws its latencies with planCalls(calls, seed, r). */
  readonly calls: readonly CallSpec[];
  readonly seed: number;
}

/** The server run a scenario describes. */
export function serverRunInputOf(scenario: Scenario): ServerRunInput {
  return {
    server: {
      requests: scenario.server.requests,
      concurrency: scenario.server.concurrency,
      processes: scenario.server.processes,
      threads: scenario.server.threads,
      greenlets: scenario.server.greenlets,
      upstreamCap: scenario.server.upstreamCap,
      callOverheadMs: scenario.server.callOverheadMs,
      requestOverheadMs: scenario.server.requestOverheadMs,
      arrival: scenario.server.arrival,
      arrivalRatePerSec: scenario.server.arrivalRatePerSec,
    },
    handler: modelSpecOf(scenario.fanOut),
    calls: scenario.fanOut.calls,
    seed: scenario.run.seed,
  };
}

/**
 * Throws a RangeError saying what to change when `input` cannot run: a count that is not a whole
 * number >= 1, a negative overhead, or more than MAX_SERVER_CALLS upstream calls in all. The URL
 * codec never yields such a scenario; this guards callers that build one by hand.
 */
export function checkServerRun(input: ServerRunInput): void {
  const { server } = input;
  const counts: ReadonlyArray<readonly [string, number | null]> = [
    ['requests', server.requests],
    ['concurrency', server.concurrency],
    ['processes', server.processes],
    ['threads', server.threads],
    ['greenlets', server.greenlets],
    ['upstreamCap', server.upstreamCap],
  ];
  for (const [name, value] of counts) {
    if (value !== null && !(Number.isInteger(value) && value >= 1)) {
      throw new RangeError(`A server run needs ${name} to be a whole number >= 1, got ${value}.`);
    }
  }
  for (const [name, value] of [
    ['callOverheadMs', server.callOverheadMs],
    ['requestOverheadMs', server.requestOverheadMs],
  ] as const) {
    if (!(value >= 0 && Number.isFinite(value))) {
      throw new RangeError(`A server run needs ${name} to be a finite number >= 0, got ${value}.`);
    }
  }
  const rate = server.arrivalRatePerSec;
  if (server.arrival === 'open' && !(rate > 0 && Number.isFinite(rate))) {
    throw new RangeError(`An open server run needs arrivalRatePerSec above 0, got ${rate}.`);
  }
  const total = server.requests * input.calls.length;
  if (total > MAX_SERVER_CALLS) {
    throw new RangeError(
      `A server run makes at most ${MAX_SERVER_CALLS} upstream calls (requests x calls per ` +
        `request), and this one would make ${total}: lower requests or the number of calls.`,
    );
  }
}
