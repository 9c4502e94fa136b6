import { drawLatencyMs } from '../latency.ts';
import type { FaultKind, PlannedCall } from '../plannedCall.ts';
import type { CallSpec } from '../scenario.ts';
import { firstDraw, seededRandom } from '../seededRandom.ts';
import {
  BUSY_ANSWER_MS,
  faultRatesFor,
  type FaultSettings,
  type ServiceFaultRates,
} from './faultSettings.ts';

/** Gives copy `attempt` (0 = the first) of a call: its latency and what the service will do. */
export type AttemptPlanner = (call: PlannedCall, attempt: number) => PlannedCall;

/** Salt that keeps the fault draws apart from the latency draws of the same call and copy. */
const FAULT_STREAM = 0x0fa17;

/**
 * Plans every copy of every call from the seed alone, so a failing run replays exactly, in both
 * engines (the live transport tells the mocked service the planned fault, as it tells it the
 * latency). Copy 0 keeps the call's planned latency (a run without faults is unchanged); copy k
 * draws a fresh latency from stream (seed, request, index, k): a retry or a hedge is a new roll
 * of the dice. Each copy draws its fault from its own stream (seed ^ salt, request, index, k).
 */
export function createAttemptPlanner(
  calls: readonly CallSpec[],
  faults: FaultSettings,
  seed: number,
): AttemptPlanner {
  // A service's rates are looked up once per run, not once per copy (three list scans each).
  const ratesByService = new Map<string, ServiceFaultRates>();
  const ratesOf = (service: string): ServiceFaultRates => {
    let rates = ratesByService.get(service);
    if (rates === undefined) {
      rates = faultRatesFor(faults, service);
      ratesByService.set(service, rates);
    }
    return rates;
  };
  return (call, attempt) => {
    const spec = calls[call.index];
    const latencyMs =
      attempt === 0 || spec === undefined
        ? call.latencyMs
        : drawLatencyMs(spec.latency, seededRandom(seed, call.request, call.index, attempt));
    const fault = faultOf(ratesOf(call.service), seed, call.request, call.index, attempt);
    // Literals rather than `{ ...call }`: a copy is planned per attempt, and a spread of the
    // call was most of the planner's cost. A PlannedCall has no other fields than these.
    const { request, index, service } = call;
    switch (fault) {
      case null:
        return { request, index, service, latencyMs, attempt };
      case 'error':
        return { request, index, service, latencyMs, attempt, fault };
      case 'hang':
        return { request, index, service, latencyMs: faults.hangForMs, attempt, fault };
      case 'busy':
        return {
          request,
          index,
          service,
          latencyMs: Math.min(latencyMs, BUSY_ANSWER_MS),
          attempt,
          fault,
          retryAfterS: faults.retryAfterS,
        };
    }
  };
}

/** The fault copy `attempt` of a call draws, or null for a normal answer. */
export function drawFault(
  faults: FaultSettings,
  service: string,
  seed: number,
  request: number,
  index: number,
  attempt: number,
): FaultKind | null {
  return faultOf(faultRatesFor(faults, service), seed, request, index, attempt);
}

/** drawFault with the service's rates already looked up. */
function faultOf(
  rates: ServiceFaultRates,
  seed: number,
  request: number,
  index: number,
  attempt: number,
): FaultKind | null {
  const { errorPct, hangPct, busyPct } = rates;
  if (errorPct + hangPct + busyPct <= 0) return null;
  const u = firstDraw((seed ^ FAULT_STREAM) >>> 0, request, index, attempt) * 100;
  if (u < errorPct) return 'error';
  if (u < errorPct + hangPct) return 'hang';
  if (u < errorPct + hangPct + busyPct) return 'busy';
  return null;
}
