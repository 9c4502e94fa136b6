import type { Millis } from '../clock.ts';
import type { ServerRunInput } from '../server/serverRunInput.ts';
import { workerCountOf } from '../server/serverSpec.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import { littlesLaw, type LittlesLaw } from './littlesLaw.ts';
import { serverTheory, type ServerTheoryResult } from './serverTheory.ts';
import { measuredUtilisation, offeredUtilisation } from './utilisation.ts';

/** What a server run measured of its queue, beside what theory predicts (CLI JSON and the lab). */
export interface LoadSummary {
  /** Little's law over [0, last response]; null for a run that took no time. */
  readonly littlesLaw: LittlesLaw | null;
  readonly workers: number;
  /** Mean time a worker held a request (taken to handler returned), ms. */
  readonly meanServiceMs: Millis;
  /** Share of the workers' time spent serving, over the run's own span of time [0, T]. */
  readonly measuredUtilisation: number | null;
  /**
   * ρ = λ E[S] / W for open arrivals (E[S] the closed form's when one applies, else the run's
   * mean service); null for a closed loop, whose arrivals follow its responses.
   */
  readonly offeredUtilisation: number | null;
  /** Mean wait from due to a worker taking the request, ms (client and server queues). */
  readonly meanWaitMs: Millis;
  /** Share of requests that waited at all before a worker took them. */
  readonly shareThatWaited: number;
  readonly theory: ServerTheoryResult;
}

export function loadSummary(input: ServerRunInput, trace: ServerTrace): LoadSummary {
  const { requests } = trace;
  const n = Math.max(1, requests.length);
  let serviceMs = 0;
  let waitMs = 0;
  let waited = 0;
  for (const r of requests) {
    serviceMs += r.freedAtMs - r.startedAtMs;
    const wait = r.startedAtMs - r.intendedAtMs;
    waitMs += wait;
    // Below a microsecond is float noise of a fractional arrival, not a wait.
    if (wait > 1e-4) waited += 1;
  }
  const law = littlesLaw(requests);
  const workers = workerCountOf(input.server);
  const theory = serverTheory(input);
  const meanServiceMs = serviceMs / n;
  return {
    littlesLaw: law,
    workers,
    meanServiceMs,
    measuredUtilisation: law === null ? null : measuredUtilisation(requests, workers, law.windowMs),
    offeredUtilisation:
      input.server.arrival === 'open'
        ? offeredUtilisation(
            input.server.arrivalRatePerSec,
            theory.theory?.meanServiceMs ?? meanServiceMs,
            workers,
          )
        : null,
    meanWaitMs: waitMs / n,
    shareThatWaited: waited / n,
    theory,
  };
}
