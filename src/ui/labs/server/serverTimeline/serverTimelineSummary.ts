import { formatCount } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { serverShapeText } from './workerLabels.ts';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * The second half of the canvas's accessible name: what the picture shows at the cursor, in a few
 * sentences. O(requests) per call.
 */
export function serverTimelineSummary(
  data: ServerTimelineData,
  nowMs: number,
  axisEndMs: number,
  predictedMakespanMs: number | null,
): string {
  let done = 0;
  let served = 0;
  let returning = 0;
  let atServer = 0;
  let atClient = 0;
  let notYetDue = 0;
  for (let i = 0; i < data.count; i += 1) {
    const sentMs = data.sentAtMs[i] as number;
    const startMs = data.startedAtMs[i] as number;
    const freedMs = data.freedAtMs[i] as number;
    const endMs = data.endedAtMs[i] as number;
    if (endMs <= nowMs && endMs < Infinity) done += 1;
    else if (freedMs <= nowMs && freedMs < Infinity) returning += 1;
    else if (startMs <= nowMs && startMs < Infinity) served += 1;
    else if (sentMs <= nowMs && sentMs < Infinity) atServer += 1;
    else if ((data.intendedAtMs[i] as number) > nowMs) notYetDue += 1;
    else atClient += 1;
  }
  const parts = [
    `${plural(data.count, 'request')} to ${serverShapeText(data)} ` +
      `(${plural(data.workerCount, 'worker')}), one lane per worker, on a time axis from 0 to ` +
      `${formatDuration(Math.round(axisEndMs))}.`,
  ];
  const when = Number.isFinite(nowMs) ? `At ${formatDuration(Math.round(nowMs))}` : 'Now';
  // Only a live run has responses on their way (its worker freed, the client not answered yet).
  const onTheirWay =
    returning === 0
      ? ''
      : ` ${plural(returning, 'response')} on ${returning === 1 ? 'its' : 'their'} way to the client,`;
  parts.push(
    `${when}: ${formatCount(done)} done, ${formatCount(served)} being served,${onTheirWay} ` +
      `${formatCount(atServer)} waiting at the server, ${formatCount(atClient)} waiting at the client` +
      (notYetDue === 0 ? '.' : `, ${formatCount(notYetDue)} not yet due (open arrivals).`),
  );
  if (predictedMakespanMs !== null) {
    parts.push(`Predicted makespan ${formatDuration(predictedMakespanMs)}.`);
  }
  return parts.join(' ');
}
