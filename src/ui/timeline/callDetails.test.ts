import { describe, expect, it } from 'vitest';
import { callDetails, callTooltipLines, formatMs } from './callDetails.ts';
import { spanCsv, SPAN_CSV_HEADER } from './spanCsv.ts';
import { dataOf } from './testing/timelineFixtures.ts';

const DATA = dataOf([
  { service: 'session', readyMs: 0, startMs: 0, endMs: 125 },
  { service: 'user', readyMs: 0, startMs: 125, endMs: 500 },
  { service: 'reviews', readyMs: 0, startMs: 125, endMs: 300, aborted: true },
]);

describe('callDetails', () => {
  it('reports a finished call with its phases', () => {
    expect(callDetails(DATA, 1, Infinity)).toEqual({
      number: 2,
      service: 'user',
      latencyMs: 375,
      readyMs: 0,
      startMs: 125,
      endMs: 500,
      queuedMs: 125,
      inFlightMs: 375,
      state: 'done',
      copies: 1,
      copyOutcomes: '',
      wire: '',
      wireCell: '',
    });
  });

  it('hides what happens after the cursor and counts unfinished phases up to it', () => {
    expect(callDetails(DATA, 1, 100)).toMatchObject({
      startMs: null,
      endMs: null,
      queuedMs: 100,
      inFlightMs: null,
      state: 'queued',
    });
    expect(callDetails(DATA, 1, 200)).toMatchObject({
      startMs: 125,
      endMs: null,
      inFlightMs: 75,
      state: 'in flight',
    });
  });

  it('calls an aborted call aborted only once it was cut short', () => {
    expect(callDetails(DATA, 2, 200).state).toBe('in flight');
    expect(callDetails(DATA, 2, 300).state).toBe('aborted');
  });

  it('leaves unfinished durations unknown in a live run shown with no cursor', () => {
    const live = dataOf([{ service: 'a', startMs: 10 }]);
    expect(callDetails(live, 0, Infinity)).toMatchObject({ state: 'in flight', inFlightMs: null });
  });
});

describe('formatting', () => {
  it('prints whole ms as integers and fractions to 3 decimals', () => {
    expect([formatMs(125), formatMs(333.3333), formatMs(0.5), formatMs(null)]).toEqual([
      '125',
      '333.333',
      '0.5',
      '',
    ]);
  });

  it('writes the tooltip in three lines', () => {
    expect(callTooltipLines(callDetails(DATA, 1, 200))).toEqual([
      'user, call #2 (in flight)',
      'ready 0 ms · start 125 ms · end —',
      'queued 125 ms · in flight 75 ms',
    ]);
  });

  it('exports every call as CSV, unknown times empty, odd names quoted', () => {
    const odd = dataOf([{ service: 'a,"b"', startMs: 0 }]);
    expect(spanCsv(odd, 50)).toBe(`${SPAN_CSV_HEADER}\n1,"a,""b""",100,0,0,,0,50,in flight,1,\n`);
    expect(spanCsv(DATA, Infinity).split('\n')).toHaveLength(5);
  });
});
