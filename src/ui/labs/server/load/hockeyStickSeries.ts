import type { HockeyStick } from '../../../../core/queueing/hockeyStick.ts';

/** One point of the hockey-stick chart: utilisation in %, latencies in ms (null: not drawn). */
export interface HockeyStickDatum {
  readonly utilisationPct: number;
  readonly measuredP50: number | null;
  readonly measuredP99: number | null;
  readonly predictedP50: number | null;
  readonly predictedP99: number | null;
}

/**
 * The chart's rows: one per target utilisation (11 points, 4 lines: 44 marks). A latency of 0
 * (a run whose calls take no time) cannot sit on the log axis, so it is left out as null.
 */
export function hockeyStickSeries(stick: HockeyStick): HockeyStickDatum[] {
  const positive = (ms: number | null): number | null => (ms !== null && ms > 0 ? ms : null);
  return stick.points.map((p) => ({
    utilisationPct: Math.round(p.utilisation * 1000) / 10,
    measuredP50: positive(p.measured.p50Ms),
    measuredP99: positive(p.measured.p99Ms),
    predictedP50: positive(p.predicted.p50Ms),
    predictedP99: positive(p.predicted.p99Ms),
  }));
}

/** The chart's caption: the stick in one sentence, with the numbers at the two ends. */
export function hockeyStickDescription(stick: HockeyStick): string {
  const first = stick.points[0];
  const last = stick.points[stick.points.length - 1];
  if (first === undefined || last === undefined) return 'No points.';
  const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
  const theory =
    stick.model === null
      ? ` No closed form: ${stick.reason ?? ''}.`
      : stick.model === 'M/M/c'
        ? ` Dashed: M/M/${stick.workers} (Erlang C).`
        : ' M/D/1 gives its mean only, so no dashed lines.';
  return (
    `p99 latency grows from ${ms(first.measured.p99Ms)} at ${Math.round(first.utilisation * 100)} % ` +
    `utilisation to ${ms(last.measured.p99Ms)} at ${Math.round(last.utilisation * 100)} %.${theory}`
  );
}
