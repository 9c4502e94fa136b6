import type { Millis } from './clock.ts';

/** What a mocked service does instead of answering 200 (docs/faults.md). */
export type FaultKind = 'error' | 'hang' | 'busy';

/** A call with its latency already drawn: what a model schedules and a transport sends. */
export interface PlannedCall {
  readonly request: number;
  readonly index: number;
  readonly service: string;
  /** How long the service takes to answer (for a hang: until the proxy's 504). */
  readonly latencyMs: Millis;
  /** Which copy of the call this is (retries and hedges); absent = 0. */
  readonly attempt?: number;
  /** Absent: the service answers 200. */
  readonly fault?: FaultKind;
  /** With fault `busy`: the Retry-After the 429 carries, in whole seconds. */
  readonly retryAfterS?: number;
}
