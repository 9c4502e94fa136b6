import type { Millis } from '../clock.ts';
import type { AttemptPlanner } from '../faults/planAttempt.ts';
import type { ModelSpec } from '../modelSpec.ts';
import type { FaultKind } from '../plannedCall.ts';
import { DEFAULT_POLICY, type CallPolicy } from '../policy/callPolicy.ts';
import { simulateFanOut } from '../simulate.ts';
import type { Trace } from '../trace.ts';
import { fixedCalls } from './timelineOf.ts';

/** One scripted copy: what the service does, and how long it takes (default: the call's latency). */
export type ScriptedCopy =
  FaultKind | 'ok' | { readonly fault: FaultKind | 'ok'; readonly ms: Millis };

/**
 * A planner that plays a script instead of drawing (test helper): copy k of call i does
 * `script[i][k]` (missing entries answer ok after the call's latency). A hang takes `hangForMs`,
 * a 429 answers after `busyMs` with Retry-After `retryAfterS`.
 */
export function scriptedPlanner(
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  options: { hangForMs?: Millis; busyMs?: Millis; retryAfterS?: number } = {},
): AttemptPlanner {
  const { hangForMs = 10_000, busyMs = 5, retryAfterS = 1 } = options;
  return (call, attempt) => {
    const entry = script[call.index]?.[attempt] ?? 'ok';
    const fault = typeof entry === 'string' ? entry : entry.fault;
    const ms = typeof entry === 'string' ? null : entry.ms;
    switch (fault) {
      case 'ok':
        return { ...call, attempt, latencyMs: ms ?? call.latencyMs };
      case 'error':
        return { ...call, attempt, latencyMs: ms ?? call.latencyMs, fault };
      case 'hang':
        return { ...call, attempt, latencyMs: ms ?? hangForMs, fault };
      case 'busy':
        return { ...call, attempt, latencyMs: ms ?? busyMs, fault, retryAfterS };
    }
  };
}

/**
 * Every call with its copies, one line each (test helper):
 *   `1 business failed: #0 0→250 error, #1 350→600 error`
 * `h` marks a hedge copy; the request's outcome ends the picture.
 */
export function attemptLines(trace: Trace): string {
  const lines = trace.calls.map((span) => {
    const copies = (span.attempts ?? []).map(
      (a) => `#${a.attempt}${a.hedge ? 'h' : ''} ${a.startedAtMs}→${a.endedAtMs} ${a.outcome}`,
    );
    const head = `${span.index} ${span.service} ${span.status}`;
    return copies.length === 0 ? head : `${head}: ${copies.join(', ')}`;
  });
  const outcome = trace.outcome;
  if (outcome) {
    const failed = outcome.failedCall === null ? '' : ` (call ${outcome.failedCall})`;
    lines.push(
      `request ${outcome.status}${failed} at ${outcome.settledAtMs}, makespan ${trace.makespanMs}`,
    );
  }
  return lines.join('\n');
}

/** Runs latencies through a model with a scripted planner and a policy (test helper). */
export async function faultyRun(
  latenciesMs: readonly Millis[],
  spec: ModelSpec,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy> = {},
  seed = 1,
): Promise<{ trace: Trace; lines: string }> {
  const trace = await simulateFanOut(fixedCalls(latenciesMs), spec, {
    faults: { policy: { ...DEFAULT_POLICY, ...policy }, plan: scriptedPlanner(script), seed },
  });
  return { trace, lines: attemptLines(trace) };
}
