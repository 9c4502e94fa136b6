import type { AttemptOutcome, CallStatus } from '../../core/trace.ts';

/**
 * Call statuses and copy outcomes as small integers, so TimelineData keeps them in Uint8Arrays
 * (no strings per call). 0 is the default of a fresh array: a call not known to have failed, a
 * copy still in flight.
 */
export const CALL_STATUSES = [
  'ok',
  'failed',
  'timeout',
  'cancelled',
  'skipped',
  'aborted',
] as const satisfies readonly CallStatus[];

export const CALL_CODE: Readonly<Record<CallStatus, number>> = {
  ok: 0,
  failed: 1,
  timeout: 2,
  cancelled: 3,
  skipped: 4,
  aborted: 5,
};

/** Index = code; code 0 (IN_FLIGHT) means the copy has not ended (as far as the data knows). */
export const COPY_OUTCOMES = [
  null,
  'ok',
  'error',
  'hung',
  'busy',
  'timeout',
  'cancelled',
  'aborted',
] as const satisfies ReadonlyArray<AttemptOutcome | null>;

export const COPY_IN_FLIGHT = 0;

export const COPY_CODE: Readonly<Record<AttemptOutcome, number>> = {
  ok: 1,
  error: 2,
  hung: 3,
  busy: 4,
  timeout: 5,
  cancelled: 6,
  aborted: 7,
};

export function callStatusOf(code: number): CallStatus {
  return CALL_STATUSES[code] ?? 'ok';
}

export function copyOutcomeOf(code: number): AttemptOutcome | null {
  return COPY_OUTCOMES[code] ?? null;
}
