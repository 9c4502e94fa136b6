/** The time scales a live run offers: experiment ms per wall ms (10 runs 25 s in 2.5 s). */
export const TIME_SCALES: readonly number[] = [1, 2, 5, 10, 20, 50];

/** What a live run should take in wall time, about: long enough to watch, short enough for class. */
export const LIVE_TARGET_WALL_MS = 5000;

/**
 * Above this many mocked fetches per wall second the page cannot keep the mocks' timings
 * (DESIGN.md: one page tops out near 400-470, and 200 requests x 4 calls at once ran 1.5x slow).
 */
export const MAX_FAITHFUL_FETCHES_PER_SEC = 100;

/**
 * The smallest time scale that brings the predicted run within LIVE_TARGET_WALL_MS (the largest
 * when none does): the least compression that fits, since every ms of mock overhead weighs
 * `scale` times more once the times are scaled back.
 */
export function defaultTimeScale(predictedMs: number): number {
  const fitting = TIME_SCALES.find((scale) => predictedMs / scale <= LIVE_TARGET_WALL_MS);
  return fitting ?? (TIME_SCALES[TIME_SCALES.length - 1] as number);
}

/** What the live run takes in wall ms, by the prediction. */
export function liveWallMs(predictedMs: number, scale: number): number {
  return predictedMs / scale;
}

/** Mocked fetches per wall second: every request and every upstream call is one. */
export function liveFetchesPerSec(
  requests: number,
  callsPerRequest: number,
  predictedMs: number,
  scale: number,
): number {
  const wallMs = liveWallMs(predictedMs, scale);
  const fetches = requests * (1 + callsPerRequest);
  return wallMs > 0 ? (fetches * 1000) / wallMs : Infinity;
}

/** "about 5 s", "about 0.5 s": what the hint under the time scale says. */
export function aboutSeconds(ms: number): string {
  const s = ms / 1000;
  return `about ${s >= 10 ? Math.round(s) : Number(s.toPrecision(2))} s`;
}
