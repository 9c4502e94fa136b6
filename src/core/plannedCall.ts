import type { Millis } from './clock.ts';

/** A call with its latency already drawn: what a model schedules and a transport sends. */
export interface PlannedCall {
  readonly request: number;
  readonly index: number;
  readonly service: string;
  readonly latencyMs: Millis;
}
