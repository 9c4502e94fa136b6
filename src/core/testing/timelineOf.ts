import type { Millis } from '../clock.ts';
import type { ModelSpec } from '../modelSpec.ts';
import type { PlannedCall } from '../plannedCall.ts';
import { defaultServiceName } from '../services.ts';
import { simulateFanOut } from '../simulate.ts';
import { textTimeline } from '../textTimeline.ts';
import type { Trace } from '../trace.ts';

/** Calls with the given fixed latencies and default service names (test helper). */
export function fixedCalls(latenciesMs: readonly Millis[]): PlannedCall[] {
  return latenciesMs.map((latencyMs, index) => ({
    request: 0,
    index,
    service: defaultServiceName(index),
    latencyMs,
  }));
}

/** Runs the model on the virtual engine and draws the result (test helper). */
export async function timelineOf(
  latenciesMs: readonly Millis[],
  spec: ModelSpec,
  msPerChar: Millis,
): Promise<{ picture: string; trace: Trace }> {
  const trace = await simulateFanOut(fixedCalls(latenciesMs), spec);
  return { picture: textTimeline(trace, msPerChar), trace };
}
