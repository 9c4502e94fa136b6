import type { Millis } from '../../clock.ts';
import type { ServerTrace } from '../serverTrace.ts';

/**
 * Draws a server run as a text picture (test helper, marble-test style like textTimeline), one
 * line per request, then per call, then per local work span, so that a whole run is asserted at
 * once and reads in a failing test's diff:
 *
 *     r0 w0 p0        |=====     | sent 0, served 0 → 1250
 *     r1 w0 p0        |-----=====| sent 0, served 1250 → 2500
 *     r0.0 session    |=         | 0 → 125
 *
 * Each character covers `msPerChar` ms. A request: `.` waiting at the client for a slot, `-`
 * sent and waiting for a worker, `=` served by worker w of process p, `>` its response on the way
 * back (live runs only). A call: `-` ready and queued in its handler, `=` in flight, `~` at the
 * upstream but waiting for it (a bounded upstream). `#` local work. Exact times follow each line;
 * a call's upstream times (when it reached the upstream, when the upstream began serving it)
 * follow when they differ from its start.
 */
export function serverTimeline(trace: ServerTrace, msPerChar: Millis): string {
  const width = Math.max(1, Math.ceil(trace.makespanMs / msPerChar));
  // A stretch that takes no time covers no character.
  const covers = (from: Millis, to: Millis, k: number): boolean =>
    from < to && from < (k + 1) * msPerChar && to > k * msPerChar;
  const bar = (paint: (k: number) => string): string =>
    Array.from({ length: width }, (_, k) => paint(k)).join('');
  const rows: Array<[string, string, string]> = [];
  for (const r of trace.requests) {
    const picture = bar((k) => {
      if (covers(r.startedAtMs, r.freedAtMs, k)) return '=';
      if (covers(r.sentAtMs, r.startedAtMs, k)) return '-';
      if (covers(r.freedAtMs, r.endedAtMs, k)) return '>';
      if (covers(0, r.sentAtMs, k)) return '.';
      return ' ';
    });
    const answered = r.endedAtMs === r.freedAtMs ? '' : `, answered ${r.endedAtMs}`;
    rows.push([
      `r${r.index} w${r.worker} p${r.process}`,
      picture,
      `sent ${r.sentAtMs}, served ${r.startedAtMs} → ${r.freedAtMs}${answered}`,
    ]);
  }
  for (const c of trace.calls) {
    const picture = bar((k) => {
      if (covers(c.upstreamArrivedAtMs, c.upstreamStartedAtMs, k)) return '~';
      if (covers(c.startedAtMs, c.endedAtMs, k)) return '=';
      if (covers(c.readyAtMs, c.startedAtMs, k)) return '-';
      return ' ';
    });
    const status = c.status === 'ok' ? '' : ` ${c.status}`;
    const served =
      c.upstreamStartedAtMs === c.upstreamArrivedAtMs ? '' : `, served ${c.upstreamStartedAtMs}`;
    const upstream =
      c.upstreamArrivedAtMs === c.startedAtMs && served === ''
        ? ''
        : ` (upstream ${c.upstreamArrivedAtMs}${served})`;
    rows.push([
      `r${c.request}.${c.index} ${c.service}`,
      picture,
      `${c.startedAtMs} → ${c.endedAtMs}${upstream}${status}`,
    ]);
  }
  for (const w of trace.work) {
    rows.push([
      `r${w.request} work`,
      bar((k) => (covers(w.startedAtMs, w.endedAtMs, k) ? '#' : ' ')),
      `${w.startedAtMs} → ${w.endedAtMs}`,
    ]);
  }
  const nameWidth = Math.max(0, ...rows.map(([name]) => name.length));
  return rows
    .map(([name, picture, times]) => `${name.padEnd(nameWidth)} |${picture}| ${times}`)
    .join('\n');
}
