/** What the live run takes in wall ms, by the prediction (experiment ms per wall ms: `scale`). */
export function liveWallMs(predictedMs: number, scale: number): number {
  return predictedMs / scale;
}

/** "about 5 s", "about 0.5 s": what the hint under the time scale says. */
export function aboutSeconds(ms: number): string {
  const s = ms / 1000;
  return `about ${s >= 10 ? Math.round(s) : Number(s.toPrecision(2))} s`;
}
