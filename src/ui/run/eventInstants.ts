import type { Millis } from '../../core/clock.ts';
import { attemptsOf } from '../../core/faults/faultStats.ts';
import type { Trace } from '../../core/trace.ts';

/** Every instant at which a call or the local work changed phase, sorted, without repeats. */
export function eventInstants(trace: Trace): Float64Array {
  const instants = new Set<number>([0]);
  for (const span of trace.calls) {
    instants.add(span.readyAtMs).add(span.startedAtMs).add(span.endedAtMs);
    if (span.attempts) {
      for (const copy of attemptsOf(span)) instants.add(copy.startedAtMs).add(copy.endedAtMs);
    }
  }
  if (trace.outcome) instants.add(trace.outcome.settledAtMs);
  for (const span of trace.work) instants.add(span.startedAtMs).add(span.endedAtMs);
  return Float64Array.from(instants).sort();
}

/** The first instant after `nowMs` (direction 1) or the last before it (-1), or null. */
export function neighbourInstant(
  instants: Float64Array,
  nowMs: Millis,
  direction: 1 | -1,
): Millis | null {
  // Binary search for the first instant > nowMs (a tolerance absorbs float cursor positions).
  const epsilonMs = 1e-6;
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((instants[mid] as number) > nowMs + epsilonMs) hi = mid;
    else lo = mid + 1;
  }
  if (direction === 1) return lo < instants.length ? (instants[lo] as number) : null;
  let i = lo - 1;
  while (i >= 0 && (instants[i] as number) >= nowMs - epsilonMs) i -= 1;
  return i >= 0 ? (instants[i] as number) : null;
}
