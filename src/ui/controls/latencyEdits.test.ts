import { describe, expect, it } from 'vitest';
import type { Latency } from '../../core/latency.ts';
import { changeLatencyKind, crossingNote, withLatencyBound } from './latencyEdits.ts';

const fixed = (ms: number): Latency => ({ kind: 'fixed', ms });
const uniform = (minMs: number, maxMs: number): Latency => ({ kind: 'uniform', minMs, maxMs });
const tail = (p50Ms: number, p99Ms: number): Latency => ({ kind: 'lognormal', p50Ms, p99Ms });

describe('changeLatencyKind', () => {
  it('keeps the call about as slow', () => {
    expect(changeLatencyKind(fixed(200), 'uniform')).toEqual(uniform(100, 300));
    expect(changeLatencyKind(fixed(200), 'lognormal')).toEqual(tail(200, 800));
    expect(changeLatencyKind(uniform(100, 300), 'fixed')).toEqual(fixed(200));
    expect(changeLatencyKind(tail(100, 900), 'fixed')).toEqual(fixed(100));
  });

  it('keeps values valid at the edges', () => {
    expect(changeLatencyKind(fixed(0), 'lognormal')).toEqual(tail(1, 4));
    expect(changeLatencyKind(fixed(600_000), 'uniform')).toEqual(uniform(300_000, 600_000));
    expect(changeLatencyKind(fixed(500_000), 'lognormal')).toEqual(tail(500_000, 600_000));
  });

  it('returns the same latency for the same kind', () => {
    const latency = uniform(1, 2);
    expect(changeLatencyKind(latency, 'uniform')).toBe(latency);
  });
});

describe('withLatencyBound', () => {
  it('sets one bound', () => {
    expect(withLatencyBound(fixed(10), 'ms', 20)).toEqual(fixed(20));
    expect(withLatencyBound(uniform(100, 200), 'minMs', 150)).toEqual(uniform(150, 200));
    expect(withLatencyBound(tail(100, 900), 'p99Ms', 500)).toEqual(tail(100, 500));
  });

  it('moves the other bound instead of holding an impossible range', () => {
    expect(withLatencyBound(uniform(100, 200), 'minMs', 300)).toEqual(uniform(300, 300));
    expect(withLatencyBound(uniform(100, 200), 'maxMs', 50)).toEqual(uniform(50, 50));
    expect(withLatencyBound(tail(100, 900), 'p50Ms', 1000)).toEqual(tail(1000, 1000));
    expect(withLatencyBound(tail(100, 900), 'p99Ms', 0)).toEqual(tail(1, 1));
  });

  it('ignores a bound of another kind', () => {
    const latency = fixed(5);
    expect(withLatencyBound(latency, 'maxMs', 9)).toBe(latency);
  });
});

describe('crossingNote', () => {
  it('says what leaving the field will do when a bound crosses the other', () => {
    expect(crossingNote(uniform(100, 200), 'minMs', 300)).toBe(
      'Above the maximum (200 ms): leaving the field raises the maximum to 300 ms.',
    );
    expect(crossingNote(tail(100, 900), 'p99Ms', 50)).toBe(
      'Below p50 (100 ms): leaving the field lowers p50 to 50 ms.',
    );
  });

  it('is null when the other bound is untouched', () => {
    expect(crossingNote(uniform(100, 200), 'minMs', 200)).toBeNull();
    expect(crossingNote(uniform(100, 200), 'maxMs', 150)).toBeNull();
    expect(crossingNote(fixed(1), 'ms', 5)).toBeNull();
  });
});
