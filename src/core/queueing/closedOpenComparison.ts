import { ARRIVAL_RATE_DECIMAL_PLACES, ARRIVAL_RATE_RANGE_PER_SEC } from '../limits.ts';
import type { ServerRunInput } from '../server/serverRunInput.ts';
import { latencyPercentiles, type LatencyPercentiles } from '../server/serverStats.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import { simulateServer } from '../server/simulateServer.ts';
import { requestLatencyFromSentMs, requestLatencyMs } from '../server/serverStats.ts';
import { littlesLaw } from './littlesLaw.ts';

/** One side of the comparison: a run, its throughput and its latencies. */
export interface ArrivalSide {
  readonly throughputPerSec: number;
  /** Response - due (for the closed side, due is t = 0). */
  readonly latencyMs: LatencyPercentiles;
  /** Response - sent: what the client itself measured. */
  readonly latencyFromSentMs: LatencyPercentiles;
}

/** The same server driven closed-loop and open-loop at the closed loop's throughput. */
export interface ClosedOpenComparison {
  readonly closed: ArrivalSide;
  /** The open run's arrival rate: the closed run's throughput (to 3 decimals, within limits). */
  readonly openRatePerSec: number;
  readonly open: ArrivalSide;
}

function sideOf(trace: ServerTrace): ArrivalSide {
  return {
    throughputPerSec: littlesLaw(trace.requests)?.throughputPerSec ?? 0,
    latencyMs: latencyPercentiles(trace.requests.map(requestLatencyMs)),
    latencyFromSentMs: latencyPercentiles(trace.requests.map(requestLatencyFromSentMs)),
  };
}

/**
 * Coordinated omission, measured: runs the scenario's server closed-loop (hammer.py: all due at
 * t = 0, C in flight), reads its throughput X, then runs the same server and requests open-loop
 * with Poisson arrivals at rate X. A closed client that keeps the workers busy reports each
 * request from when it was sent, and sends the next only when one returns: it never sees the
 * queue that requests arriving at X would build. The open run shows that queue.
 */
export async function closedOpenComparison(input: ServerRunInput): Promise<ClosedOpenComparison> {
  const closedTrace = await simulateServer({
    ...input,
    server: { ...input.server, arrival: 'closed' },
  });
  const closed = sideOf(closedTrace);
  const scale = 10 ** ARRIVAL_RATE_DECIMAL_PLACES;
  const openRatePerSec = Math.min(
    ARRIVAL_RATE_RANGE_PER_SEC.max,
    Math.max(ARRIVAL_RATE_RANGE_PER_SEC.min, Math.round(closed.throughputPerSec * scale) / scale),
  );
  const openTrace = await simulateServer({
    ...input,
    server: { ...input.server, arrival: 'open', arrivalRatePerSec: openRatePerSec },
  });
  return { closed, openRatePerSec, open: sideOf(openTrace) };
}
