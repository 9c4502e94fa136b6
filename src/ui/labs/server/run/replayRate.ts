import { formatDuration } from '../../../../core/format/formatDuration.ts';

/**
 * How a virtual Server lab run is replayed. `speed` means what it means in every lab: run ms
 * per ms on screen, so 1× is real time (a 25 s load test replays in 25 s) and 5× five times
 * faster. `fit` is the lab's own choice for long load tests, shown in the speed select as
 * "fit to 5 s": a run longer than FIT_REPLAY_MS plays as fast as it must to last that long, a
 * shorter one in real time. It never changes what a speed means.
 */
export type ReplayPace = 'speed' | 'fit';

/** The longest a `fit` replay lasts, in wall ms. */
export const FIT_REPLAY_MS = 5000;

/** Run ms per wall ms of a replay of a run of `makespanMs`: `speed`, or what fits it. */
export function replayRate(makespanMs: number, speed: number, pace: ReplayPace): number {
  return pace === 'fit' ? Math.max(1, makespanMs / FIT_REPLAY_MS) : speed;
}

/**
 * Where the lab starts, from the address's query: at its `speed` when it names one (`speed=1` is
 * real time here too), else fitted, so the talk's 25 s runs do not take 25 s unasked. Like the
 * live time scale, `fit` is the lab's state, not a URL parameter; the person can pick it or any
 * speed in the speed select.
 */
export function initialReplayPace(query: string): ReplayPace {
  return new URLSearchParams(query).has('speed') ? 'speed' : 'fit';
}

/** The speed select's label of the `fit` option. */
export const FIT_LABEL = `fit to ${FIT_REPLAY_MS / 1000} s`;

function times(rate: number): string {
  return `${Number(rate.toFixed(rate < 10 ? 2 : 0))}×`;
}

/**
 * E.g. "The 25 s run replays in 5,000 ms (5× real time)." for a replay at `rate` (see
 * replayRate); durations in src/core/format's one form, as the figures above it.
 */
export function replayText(makespanMs: number, rate: number): string {
  const realTime = rate === 1 ? 'real time' : `${times(rate)} real time`;
  return `The ${formatDuration(makespanMs)} run replays in ${formatDuration(makespanMs / rate)} (${realTime}).`;
}
