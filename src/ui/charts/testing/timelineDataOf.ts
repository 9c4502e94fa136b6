import { distinctServices, type TimelineData } from '../../timeline/timelineData.ts';

/** A call for tests: times in ms, Infinity for "not yet known". */
export interface TestSpan {
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  readonly readyAtMs?: number;
  readonly service?: string;
}

/**
 * Builds TimelineData from a few spans (test helper; the app builds it with timelineData.ts).
 * Kept beside the chart series it feeds, so their tests read as small pictures of a run.
 */
export function timelineDataOf(
  spans: readonly TestSpan[],
  work: TimelineData['work'] = [],
): TimelineData {
  const { names: serviceNames, index: serviceIndex } = distinctServices(
    spans.map((span) => span.service ?? 'session'),
  );
  return {
    count: spans.length,
    serviceNames,
    serviceIndex,
    latencyMs: Float64Array.from(spans, (s) =>
      Number.isFinite(s.endedAtMs - s.startedAtMs) ? s.endedAtMs - s.startedAtMs : 0,
    ),
    readyAtMs: Float64Array.from(spans, (s) => s.readyAtMs ?? 0),
    startedAtMs: Float64Array.from(spans, (s) => s.startedAtMs),
    endedAtMs: Float64Array.from(spans, (s) => s.endedAtMs),
    aborted: new Uint8Array(spans.length),
    work,
  };
}
