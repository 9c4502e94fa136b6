import { describe, expect, it } from 'vitest';
import { makespanSeries, measuredMakespan } from './makespanSeries.ts';
import { timelineDataOf } from './testing/timelineDataOf.ts';

const talk = timelineDataOf([125, 250, 375, 500].map((d) => ({ startedAtMs: 0, endedAtMs: d })));

describe('measuredMakespan', () => {
  it('is the last end once every call has ended by the cursor', () => {
    expect(measuredMakespan(talk, 500)).toEqual({ ms: 500, final: true });
    expect(measuredMakespan(talk, Infinity)).toEqual({ ms: 500, final: true });
  });

  it('is the time so far while a call is still in flight or unknown', () => {
    expect(measuredMakespan(talk, 400)).toEqual({ ms: 400, final: false });
    const live = timelineDataOf([{ startedAtMs: 0, endedAtMs: Infinity }]);
    expect(measuredMakespan(live, 120)).toEqual({ ms: 120, final: false });
    expect(measuredMakespan(live, Infinity)).toEqual({ ms: null, final: false });
  });

  it('counts local work (offload)', () => {
    const offload = timelineDataOf(
      [{ startedAtMs: 0, endedAtMs: 500 }],
      [{ startedAtMs: 0, endedAtMs: 1000 }],
    );
    expect(measuredMakespan(offload, 700)).toEqual({ ms: 700, final: false });
    expect(measuredMakespan(offload, 1000)).toEqual({ ms: 1000, final: true });
  });

  it('is 0 for a request with no calls', () => {
    expect(measuredMakespan(timelineDataOf([]), 0)).toEqual({ ms: 0, final: true });
  });
});

describe('makespanSeries', () => {
  it('gives the measured and the predicted bar', () => {
    expect(makespanSeries(talk, Infinity, 500)).toEqual([
      { key: 'measured', label: 'Measured', ms: 500 },
      { key: 'predicted', label: 'Predicted', ms: 500 },
    ]);
    expect(makespanSeries(talk, 200, 500)).toEqual([
      { key: 'measured', label: 'So far', ms: 200 },
      { key: 'predicted', label: 'Predicted', ms: 500 },
    ]);
  });

  it('has no predicted bar when there is no prediction (no empty "Predicted" row)', () => {
    expect(makespanSeries(talk, Infinity, null)).toEqual([
      { key: 'measured', label: 'Measured', ms: 500 },
    ]);
  });
});
