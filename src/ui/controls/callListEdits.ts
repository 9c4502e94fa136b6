import type { Latency } from '../../core/latency.ts';
import { MAX_CALLS } from '../../core/limits.ts';
import type { CallSpec, Scenario } from '../../core/scenario.ts';
import { defaultServiceName } from '../../core/services.ts';

/*
 * Edits of a scenario's call list, each returning a new Scenario (or the same one when the edit
 * does not apply, so a caller can skip onChange by identity). Calls keep their service when they
 * move: a call is an upstream service, not a slot, so its colour follows it.
 */

/** The latency of a call added to an empty list. */
export const NEW_CALL_LATENCY: Latency = { kind: 'fixed', ms: 100 };

/** Replaces the whole list; a list longer than MAX_CALLS is refused (the scenario is returned). */
export function withCalls(scenario: Scenario, calls: readonly CallSpec[]): Scenario {
  if (calls.length > MAX_CALLS) return scenario;
  return { ...scenario, fanOut: { ...scenario.fanOut, calls } };
}

/** Moves call `index` by `offset` places (-1 up, +1 down); out-of-range moves change nothing. */
export function moveCall(scenario: Scenario, index: number, offset: number): Scenario {
  const target = index + offset;
  const { calls } = scenario.fanOut;
  const moving = calls[index];
  if (moving === undefined || target < 0 || target >= calls.length || offset === 0) return scenario;
  const next = calls.slice();
  next.splice(index, 1);
  next.splice(target, 0, moving);
  return { ...scenario, fanOut: { ...scenario.fanOut, calls: next } };
}

export function removeCall(scenario: Scenario, index: number): Scenario {
  if (index < 0 || index >= scenario.fanOut.calls.length) return scenario;
  return {
    ...scenario,
    fanOut: { ...scenario.fanOut, calls: scenario.fanOut.calls.filter((_, i) => i !== index) },
  };
}

/**
 * Appends a call named as an unnamed call at that position would be, with the last call's
 * latency (the quickest way to build "ten of these"). Refused at MAX_CALLS.
 */
export function addCall(scenario: Scenario): Scenario {
  const { calls } = scenario.fanOut;
  if (calls.length >= MAX_CALLS) return scenario;
  const latency = calls[calls.length - 1]?.latency ?? NEW_CALL_LATENCY;
  return {
    ...scenario,
    fanOut: {
      ...scenario.fanOut,
      calls: [...calls, { service: defaultServiceName(calls.length), latency }],
    },
  };
}

export function replaceCall(scenario: Scenario, index: number, call: CallSpec): Scenario {
  if (index < 0 || index >= scenario.fanOut.calls.length) return scenario;
  return {
    ...scenario,
    fanOut: {
      ...scenario.fanOut,
      calls: scenario.fanOut.calls.map((old, i) => (i === index ? call : old)),
    },
  };
}
