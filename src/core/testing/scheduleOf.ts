import type { Millis } from '../clock.ts';
import type { ModelSpec } from '../modelSpec.ts';
import { timelineOf } from './timelineOf.ts';

/** A run's schedule as the model tests pin it: its text timeline, line by line, and makespan. */
export interface Schedule {
  readonly picture: readonly string[];
  readonly makespanMs: Millis;
}

/**
 * Runs the model on these latencies and returns its picture (one line per call) and makespan
 * (test helper). Each model's tests compare both in one `toEqual`: the picture shows when every
 * call started and ended, the makespan that nothing ran past the last bar.
 */
export async function scheduleOf(
  latenciesMs: readonly Millis[],
  spec: ModelSpec,
  msPerChar: Millis,
): Promise<Schedule> {
  const { picture, trace } = await timelineOf(latenciesMs, spec, msPerChar);
  return { picture: picture.split('\n'), makespanMs: trace.makespanMs };
}
