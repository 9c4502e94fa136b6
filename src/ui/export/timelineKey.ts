import {
  FAILURE_LEGEND_KINDS,
  FAILURE_LEGEND_TEXT,
  failureLegendKinds,
  type FailureLegendKind,
  type TimelineData,
  WORK_ROW_LABEL,
} from '../timeline/index.ts';

/** What an exported timeline can show, in the order its key lists them. */
export const TIMELINE_KEY_KINDS = [
  'queued',
  'in-flight',
  'work',
  ...FAILURE_LEGEND_KINDS,
  'predicted',
  'now',
] as const;

export type TimelineKeyKind = (typeof TIMELINE_KEY_KINDS)[number];

/** One entry of the key: how it is drawn (`kind`) and what it means. */
export interface TimelineKeyEntry {
  readonly kind: TimelineKeyKind;
  readonly label: string;
}

/** The words for the kinds the failure legend does not cover; its own words for the rest. */
const KEY_TEXT: Readonly<Record<Exclude<TimelineKeyKind, FailureLegendKind>, string>> = {
  queued: 'queued (lighter: waiting to be sent)',
  'in-flight': 'in flight (one colour per service)',
  work: WORK_ROW_LABEL,
  predicted: 'predicted makespan',
  now: 'now (the cursor)',
};

const isFailureKind = (kind: TimelineKeyKind): kind is FailureLegendKind =>
  (FAILURE_LEGEND_KINDS as readonly string[]).includes(kind);

export function timelineKeyText(kind: TimelineKeyKind): string {
  return isFailureKind(kind) ? FAILURE_LEGEND_TEXT[kind] : KEY_TEXT[kind];
}

export interface TimelineKeyOptions {
  readonly predictedMakespanMs: number | null;
  /** The cursor; Infinity (a whole run) draws none. */
  readonly nowMs: number;
  readonly axisEndMs: number;
}

/**
 * The key to an exported timeline: only what the picture draws (the failure styles as the
 * page's FailureLegend finds them), so nothing in it points at something absent. O(calls + copies).
 */
export function timelineKey(data: TimelineData, options: TimelineKeyOptions): TimelineKeyEntry[] {
  const present = new Set<TimelineKeyKind>(failureLegendKinds(data));
  let queued = false;
  let sent = false;
  for (let i = 0; i < data.count; i += 1) {
    const readyMs = data.readyAtMs[i] as number;
    const startMs = data.startedAtMs[i] as number;
    if (startMs > readyMs && readyMs < options.nowMs) queued = true;
    if (Number.isFinite(startMs) && startMs <= options.nowMs) sent = true;
  }
  if (queued) present.add('queued');
  if (sent) present.add('in-flight');
  if (data.work.some((span) => span.startedAtMs <= options.nowMs)) present.add('work');
  const predicted = options.predictedMakespanMs;
  if (predicted !== null && predicted >= 0 && predicted <= options.axisEndMs) {
    present.add('predicted');
  }
  if (Number.isFinite(options.nowMs) && options.nowMs <= options.axisEndMs) present.add('now');
  return TIMELINE_KEY_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
    kind,
    label: timelineKeyText(kind),
  }));
}
