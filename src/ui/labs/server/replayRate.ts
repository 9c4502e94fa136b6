/**
 * How long a virtual replay lasts at speed 1, at most. The Fan-out lab replays in real time, but
 * the talk's load tests run up to 25 s: at speed 1 the Server lab fits a long run into this, and
 * `speed` scales from there (2 is twice as fast, 0.5 half as fast). Short runs stay real time.
 */
export const REPLAY_TARGET_MS = 5000;

/** Experiment ms per wall ms of a replay of a run of `makespanMs` at `speed`. */
export function replayRate(makespanMs: number, speed: number): number {
  return speed * Math.max(1, makespanMs / REPLAY_TARGET_MS);
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 ? s.toFixed(0) : Number(s.toFixed(2))} s`;
}

function times(rate: number): string {
  return `${Number(rate.toFixed(rate < 10 ? 2 : 0))}×`;
}

/** E.g. "The 25 s run replays in 5 s (5× real time)." for a replay at `rate` (see replayRate). */
export function replayText(makespanMs: number, rate: number): string {
  const realTime = rate === 1 ? 'real time' : `${times(rate)} real time`;
  return `The ${seconds(makespanMs)} run replays in ${seconds(makespanMs / rate)} (${realTime}).`;
}
