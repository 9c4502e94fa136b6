import type { Millis } from './clock.ts';

/** How a call ended. `aborted`: the run was reset or stopped while it was in flight. */
export type CallStatus = 'ok' | 'aborted';

/**
 * One upstream call's life. Phases: queued from `readyAtMs` to `startedAtMs` (waiting for a pool
 * slot or a throttle), in flight from `startedAtMs` to `endedAtMs`.
 * Invariant: readyAtMs <= startedAtMs <= endedAtMs.
 */
export interface CallSpan {
  /** The request this call belongs to (always 0 in the Fan-out lab). */
  readonly request: number;
  /** The call's position in its request's list. */
  readonly index: number;
  readonly service: string;
  /** The latency the scenario drew for the call (what the mocked service was told to take). */
  readonly latencyMs: Millis;
  readonly readyAtMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  readonly status: CallStatus;
}

/** Local work done by the request's own thread (the offload model). */
export interface WorkSpan {
  readonly request: number;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
}

/** Everything one run produced, the same shape for the virtual and the live engine. */
export interface Trace {
  /** Calls in scenario order (request, then index). */
  readonly calls: readonly CallSpan[];
  readonly work: readonly WorkSpan[];
  /** The end of the last call or of the last local work; 0 for an empty run. */
  readonly makespanMs: Millis;
}

/** Events a runner emits as a run unfolds (live runs grow the timeline from these). */
export type RunEvent =
  | {
      readonly type: 'call-start';
      readonly request: number;
      readonly index: number;
      readonly atMs: Millis;
    }
  | { readonly type: 'call-end'; readonly span: CallSpan }
  | { readonly type: 'work-start'; readonly request: number; readonly atMs: Millis }
  | { readonly type: 'work-end'; readonly span: WorkSpan };
