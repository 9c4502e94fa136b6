import { describe, expect, it } from 'vitest';
import type { CallSpan, Trace } from '../../core/trace.ts';
import { orderTimeline } from './orderTimeline.ts';

/** A trace of calls [start, end] (ready at 0), settled ok after the last end. */
function traceOf(
  times: ReadonlyArray<readonly [number, number]>,
  more: Partial<Trace> = {},
): Trace {
  const calls: CallSpan[] = times.map(([startedAtMs, endedAtMs], index) => ({
    request: 0,
    index,
    service: ['session', 'business', 'user'][index] ?? 'reviews',
    latencyMs: endedAtMs - startedAtMs,
    readyAtMs: 0,
    startedAtMs,
    endedAtMs,
    status: 'ok',
  }));
  const makespanMs = Math.max(0, ...times.map(([, end]) => end));
  return {
    calls,
    work: [],
    makespanMs,
    outcome: { status: 'ok', settledAtMs: makespanMs, failedCall: null },
    ...more,
  };
}

describe('orderTimeline', () => {
  it('draws the order of starts and ends, whatever the times between them', () => {
    const virtual = traceOf([
      [0, 100],
      [100, 300],
    ]);
    const live = traceOf([
      [0.4, 101.7],
      [101.9, 312.5],
    ]);
    expect(orderTimeline(virtual)).toBe(
      [
        '0 session  |[]   |', //
        '1 business |--[] |',
        '  request  |    ^| ok',
      ].join('\n'),
    );
    expect(orderTimeline(live)).toBe(orderTimeline(virtual));
  });

  it('puts starts with no end between them in one column, and each end in its own', () => {
    const together = traceOf([
      [0, 100],
      [0, 200],
    ]);
    const microsecondsApart = traceOf([
      [0.1, 100],
      [0.2, 200],
    ]);
    expect(orderTimeline(together)).toBe(
      [
        '0 session  |[]  |', //
        '1 business |[=] |',
        '  request  |   ^| ok',
      ].join('\n'),
    );
    expect(orderTimeline(microsecondsApart)).toBe(orderTimeline(together));
  });

  it('tells a start just after an end from one just before it', () => {
    const after = traceOf([
      [0, 100],
      [0, 300],
      [100.2, 200],
    ]);
    const before = traceOf([
      [0, 100],
      [0, 300],
      [99.8, 200],
    ]);
    expect(orderTimeline(after)).toBe(
      [
        '0 session  |[]    |',
        '1 business |[===] |',
        '2 user     |--[]  |',
        '  request  |     ^| ok',
      ].join('\n'),
    );
    expect(orderTimeline(before)).toBe(
      [
        '0 session  |[]   |',
        '1 business |[==] |',
        '2 user     |[=]  |',
        '  request  |    ^| ok',
      ].join('\n'),
    );
  });

  it('draws a call that takes no time as ending before the next start at its instant', () => {
    const trace = traceOf([
      [0, 0],
      [0, 0],
      [0, 50],
    ]);
    expect(orderTimeline(trace)).toBe(
      [
        '0 session  |[]     |',
        '1 business |--[]   |',
        '2 user     |----[] |',
        '  request  |      ^| ok',
      ].join('\n'),
    );
  });

  it('draws local work, a call that did not answer, and a request that failed before the end', () => {
    const trace = traceOf(
      [
        [0, 20],
        [0, 80],
      ],
      {
        work: [{ request: 0, startedAtMs: 0, endedAtMs: 50 }],
        outcome: { status: 'failed', settledAtMs: 20, failedCall: 0 },
      },
    );
    const failed = {
      ...trace,
      calls: [{ ...trace.calls[0]!, status: 'failed' as const }, trace.calls[1]!],
    };
    expect(orderTimeline(failed)).toBe(
      [
        '0 session  |[]   | failed',
        '1 business |[===]|',
        'W work     |[##] |',
        '  request  |  ^  | failed (call 0)',
      ].join('\n'),
    );
  });
});
