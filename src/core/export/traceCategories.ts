import { WIRE_CATEGORY } from './wireSlices.ts';

/**
 * Slice categories. Every call's time in flight is one `call` slice; the phases around it have
 * their own categories, so a viewer can count or hide them apart.
 */
export const TRACE_CATEGORIES = {
  call: 'call',
  queued: 'queued',
  upstreamWait: 'upstream-wait',
  work: 'work',
  request: 'request',
  wait: 'wait',
  /** One copy of a call sent over the wire (runs with faults or a call policy). */
  copy: 'copy',
  /** A retrying call's wait between one copy's end and the next copy. */
  backoff: 'backoff',
  /** The request's end, when it failed or settled with failures (an instant). */
  outcome: 'outcome',
  /** Where a copy's time went on the wire (WirePhases), nested in its call or copy slice. */
  wire: WIRE_CATEGORY,
} as const;
