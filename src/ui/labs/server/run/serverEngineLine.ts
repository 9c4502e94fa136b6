import type { ServerRunSnapshot } from './serverRunSnapshot.ts';
import { replayText } from './replayRate.ts';

/** One line on the run's engine for the numbers panel: how exact, and at what speed or scale. */
export function serverEngineLine(snapshot: ServerRunSnapshot, compensate: boolean): string {
  if (snapshot.engine === null) return 'press Run';
  if (snapshot.engine === 'virtual') {
    const makespanMs = snapshot.trace?.makespanMs ?? null;
    const replay =
      makespanMs === null || makespanMs === 0 ? '' : ` ${replayText(makespanMs, snapshot.rate)}`;
    return `virtual, exact.${replay}`;
  }
  const scale = snapshot.rate === 1 ? 'in real time' : `time-scaled ${snapshot.rate}×`;
  return (
    `live through MSW, ${scale} (times are scaled back), ` +
    `${compensate ? 'mock overhead compensated' : 'mock overhead not compensated'}.`
  );
}
