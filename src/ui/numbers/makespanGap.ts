import { formatDuration } from '../../core/format/formatDuration.ts';

/**
 * How far the measured makespan is from the prediction, in words: "+32 ms (+2.6%) over the
 * prediction", "+1.2 s (+0.5%) over the prediction", "exactly as predicted". The gap is the lesson of a live run (mock overhead, a busy
 * main thread), so it is written out rather than left to mental arithmetic.
 */
export function makespanGap(measuredMs: number, predictedMs: number): string {
  const gapMs = Math.round((measuredMs - predictedMs) * 10) / 10;
  if (gapMs === 0) return 'exactly as predicted';
  const sign = gapMs > 0 ? '+' : '−';
  const side = gapMs > 0 ? 'over' : 'under';
  const amount = `${sign}${formatDuration(Math.abs(gapMs))}`;
  if (predictedMs <= 0) return `${amount} ${side} the prediction`;
  const percent = Math.round((Math.abs(gapMs) / predictedMs) * 1000) / 10;
  // A real gap never reads as "0%": 9.8 ms over 118 s is "<0.1%".
  const percentText = percent === 0 ? '<0.1' : String(percent);
  return `${amount} (${sign}${percentText}%) ${side} the prediction`;
}
