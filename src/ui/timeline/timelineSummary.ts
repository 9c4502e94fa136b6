import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { CALL_CODE } from './timelineCodes.ts';
import type { TimelineData } from './timelineData.ts';

/** How the failure counts read, by call status code (ok and aborted are not failures here). */
const FAILURE_WORDS: ReadonlyArray<readonly [number, string]> = [
  [CALL_CODE.failed, 'failed'],
  [CALL_CODE.timeout, 'timed out'],
  [CALL_CODE.cancelled, 'cancelled'],
  [CALL_CODE.skipped, 'skipped'],
];

const NAMED_SERVICES = 6;

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * The second half of the canvas's accessible name: what the picture shows, in a few sentences. O(calls) per
 * call to count states at the cursor (a few hundred microseconds at 100,000 calls).
 */
export function timelineSummary(
  data: TimelineData,
  nowMs: number,
  axisEndMs: number,
  predictedMakespanMs: number | null,
): string {
  const names = data.serviceNames.slice(0, NAMED_SERVICES);
  const more = data.serviceNames.length - names.length;
  const services = listInWords(more > 0 ? [...names, plural(more, 'more service')] : names);
  let done = 0;
  let inFlight = 0;
  let queued = 0;
  // Ended calls per status code (a plain run's data has no codes: all stay 0).
  const byStatus = [0, 0, 0, 0, 0, 0];
  const status = data.status;
  for (let i = 0; i < data.count; i += 1) {
    const startMs = data.startedAtMs[i] ?? Infinity;
    const endMs = data.endedAtMs[i] ?? Infinity;
    if (endMs <= nowMs && endMs < Infinity) {
      done += 1;
      if (status) {
        const code = status[i] ?? 0;
        byStatus[code] = (byStatus[code] ?? 0) + 1;
      }
    } else if (startMs <= nowMs && startMs < Infinity) inFlight += 1;
    else if ((data.readyAtMs[i] ?? Infinity) <= nowMs) queued += 1;
  }
  // The caller's label names the picture ("Timeline of …"); this says what is in it.
  const parts = [
    `${plural(data.count, 'call')}${data.count > 0 ? ` to ${services}` : ''}, ` +
      `on a time axis from 0 to ${formatDuration(Math.round(axisEndMs))}.`,
  ];
  const when = Number.isFinite(nowMs) ? `At ${formatDuration(nowMs)}` : 'Now';
  parts.push(
    `${when}: ${formatCount(done)} done, ${formatCount(inFlight)} in flight, ${formatCount(queued)} queued.`,
  );
  // With faults, "done" includes calls that ended badly: say how many, and when the request failed.
  const bad = FAILURE_WORDS.filter(([code]) => (byStatus[code] ?? 0) > 0).map(
    ([code, words]) => `${byStatus[code] ?? 0} ${words}`,
  );
  if (bad.length > 0) parts.push(`Of those done: ${listInWords(bad)}.`);
  const request = data.requestOutcome;
  if (request?.failed === true && request.settledAtMs <= nowMs) {
    parts.push(`The request failed at ${formatDuration(request.settledAtMs)}.`);
  }
  if (predictedMakespanMs !== null) {
    parts.push(`Predicted makespan ${formatDuration(predictedMakespanMs)}.`);
  }
  return parts.join(' ');
}
