/**
 * "10× slower", "real time", "5× faster": a scale as the labs say it. Scales are the round
 * factors of LIVE_TIME_SCALES, so the factor prints whole (to two significant digits otherwise).
 */
export function timeScaleLabel(timeScale: number): string {
  if (timeScale === 1) return 'real time';
  const factor = timeScale > 1 ? timeScale : 1 / timeScale;
  const shown = Number(factor.toPrecision(2));
  return `${shown}× ${timeScale > 1 ? 'faster' : 'slower'}`;
}
