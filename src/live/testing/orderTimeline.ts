import type { Trace } from '../../core/trace.ts';

type Kind = 'start' | 'end' | 'settle';

interface Instant {
  readonly atMs: number;
  readonly kind: Kind;
  /** The line it belongs to: calls in list order, then work spans, then the request. */
  readonly line: number;
  /**
   * Sorts instants at the same time: ends (0), then spans that end the instant they start (1,
   * each start then end, in list order), then starts (2), then the request settling (3).
   */
  readonly rank: number;
  /** Within rank 1: a span's start before its end. */
  readonly step: number;
}

/**
 * Draws a trace as a picture of its ORDER, not its times (test helper for live runs, whose times
 * are wall-clock noise): one column per moment, where a moment is one end, one settling of the
 * request, or a run of starts with no end between them (so starts the model makes together, at
 * one instant on the virtual engine, microseconds apart live, share a column):
 *
 *     0 session  |[]      |
 *     1 business |--[]    |
 *       request  |       ^| ok
 *
 * `[` starts a call, `]` ends it, `=` in flight, `-` queued (ready, not yet sent), `#` local work
 * (`W` lines), `^` the moment the request's promise settled. At one instant (virtual runs), ends
 * come before starts (an end frees what the next start waits for), a call that takes no time
 * starts and ends before the next one starts, and the request settles last.
 * Two runs with the same picture start and end their calls in the same order and overlap the
 * same pairs; the virtual engine's picture is what a live run of the same model must draw.
 */
export function orderTimeline(trace: Trace): string {
  const spans = [
    ...trace.calls.map((c) => ({
      name: `${c.index} ${c.service}`,
      readyAtMs: c.readyAtMs as number | null,
      startedAtMs: c.startedAtMs,
      endedAtMs: c.endedAtMs,
      fill: '=',
      status: c.status === 'ok' ? '' : ` ${c.status}`,
    })),
    ...trace.work.map((w) => ({
      name: 'W work',
      readyAtMs: null,
      startedAtMs: w.startedAtMs,
      endedAtMs: w.endedAtMs,
      fill: '#',
      status: '',
    })),
  ];
  const instants: Instant[] = spans.flatMap((span, line) => {
    const empty = span.endedAtMs === span.startedAtMs;
    return [
      { atMs: span.startedAtMs, kind: 'start' as const, line, rank: empty ? 1 : 2, step: 0 },
      { atMs: span.endedAtMs, kind: 'end' as const, line, rank: empty ? 1 : 0, step: 1 },
    ];
  });
  const outcome = trace.outcome;
  if (outcome) {
    const atMs = outcome.settledAtMs;
    instants.push({ atMs, kind: 'settle', line: spans.length, rank: 3, step: 0 });
  }
  instants.sort((a, b) => a.atMs - b.atMs || a.rank - b.rank || a.line - b.line || a.step - b.step);

  // Each instant's column; a start joins the column before it when that one holds only starts.
  const momentAtMs: number[] = [];
  const startColumn = new Map<number, number>();
  const endColumn = new Map<number, number>();
  let settleColumn = -1;
  let lastKind: Kind | null = null;
  for (const instant of instants) {
    if (!(instant.kind === 'start' && lastKind === 'start')) momentAtMs.push(instant.atMs);
    const column = momentAtMs.length - 1;
    if (instant.kind === 'start') startColumn.set(instant.line, column);
    else if (instant.kind === 'end') endColumn.set(instant.line, column);
    else settleColumn = column;
    lastKind = instant.kind;
  }

  const width = momentAtMs.length;
  const nameWidth = Math.max('  request'.length, ...spans.map((s) => s.name.length));
  const lines = spans.map((span, line) => {
    const from = startColumn.get(line) ?? 0;
    const to = endColumn.get(line) ?? 0;
    const cells = Array.from({ length: width }, (_, k) => {
      if (k === from) return '[';
      if (k === to) return ']';
      if (k > from && k < to) return span.fill;
      const readyAtMs = span.readyAtMs;
      if (k < from && readyAtMs !== null && readyAtMs <= (momentAtMs[k] ?? 0)) return '-';
      return ' ';
    }).join('');
    return `${span.name.padEnd(nameWidth)} |${cells}|${span.status}`;
  });
  if (outcome) {
    const cells = Array.from({ length: width }, (_, k) => (k === settleColumn ? '^' : ' ')).join(
      '',
    );
    const failed = outcome.failedCall === null ? '' : ` (call ${outcome.failedCall})`;
    lines.push(`${'  request'.padEnd(nameWidth)} |${cells}| ${outcome.status}${failed}`);
  }
  return lines.join('\n');
}
