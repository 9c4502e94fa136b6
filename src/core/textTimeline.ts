import type { Millis } from './clock.ts';
import type { Trace } from './trace.ts';

/**
 * Draws a trace as a small text picture, one line per call (marble-test style), so a whole
 * timeline can be asserted at once and read in a failing test's diff:
 *
 *     0 session  |===.            |      0 →  125
 *     2 user     |---======       |    125 →  500
 *
 * Each character covers `msPerChar` ms: `-` queued (ready, not yet sent), `=` in flight, `#` local
 * work, space idle. Exact start and end times follow, so nothing is lost to rounding.
 */
export function textTimeline(trace: Trace, msPerChar: Millis): string {
  const width = Math.max(1, Math.ceil(trace.makespanMs / msPerChar));
  const serviceWidth = Math.max(0, ...trace.calls.map((c) => c.service.length));
  const charAt = (from: Millis, to: Millis, k: number): boolean =>
    from < (k + 1) * msPerChar && to > k * msPerChar;
  const bar = (paint: (k: number) => string): string =>
    Array.from({ length: width }, (_, k) => paint(k)).join('');
  const lines = trace.calls.map((span) => {
    const picture = bar((k) => {
      if (charAt(span.startedAtMs, span.endedAtMs, k)) return '=';
      if (charAt(span.readyAtMs, span.startedAtMs, k)) return '-';
      return ' ';
    });
    const status = span.status === 'ok' ? '' : ` ${span.status}`;
    return `${span.index} ${span.service.padEnd(serviceWidth)} |${picture}| ${span.startedAtMs} → ${span.endedAtMs}${status}`;
  });
  for (const work of trace.work) {
    const picture = bar((k) => (charAt(work.startedAtMs, work.endedAtMs, k) ? '#' : ' '));
    lines.push(
      `W ${'work'.padEnd(serviceWidth)} |${picture}| ${work.startedAtMs} → ${work.endedAtMs}`,
    );
  }
  return lines.join('\n');
}
