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
      requests: scenario.requests,
      concurrency: scenario.concurrency,
      processes: scenario.processes,
      threads: scenario.threads,
      greenlets: scenario.greenlets,
      upstreamCap: scenario.upstreamCap,
      callOverheadMs: scenario.callOverheadMs,
      requestOverheadMs: scenario.requestOverheadMs,
    },
    handler: modelSpecOf(scenario),
    calls: scenario.calls,
    seed: scenario.seed,
  };
}
