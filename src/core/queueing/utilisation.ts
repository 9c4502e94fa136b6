import type { Millis } from '../clock.ts';
import type { RequestSpan } from '../server/serverTrace.ts';

/**
 * The measured utilisation of W workers over [0, T]: the share of worker time spent holding a
 * request (taken to handler returned), sum(freed - started) / (W x T). 1 means every worker was
 * busy all the time; an open run below 1 has idle gaps between arrivals.
 */
export function measuredUtilisation(
  requests: readonly RequestSpan[],
  workers: number,
  windowMs: Millis,
): number | null {
  if (!(windowMs > 0) || workers < 1) return null;
  let busyMs = 0;
  for (const r of requests) busyMs += r.freedAtMs - r.startedAtMs;
  return busyMs / (workers * windowMs);
}

/**
 * The offered utilisation ρ = λ E[S] / W of an open queue: the share of the workers' time the
 * arrivals ask for. At or above 1 no steady state exists: the queue grows for as long as the
 * arrivals last.
 */
export function offeredUtilisation(
  arrivalRatePerSec: number,
  meanServiceMs: Millis,
  workers: number,
): number {
  return (arrivalRatePerSec * meanServiceMs) / 1000 / workers;
}
