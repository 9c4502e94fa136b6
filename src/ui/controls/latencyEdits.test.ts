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

  it('turns a call into an exponential of the same mean, or a rare slow call ten times slower', () => {
    expect(changeLatencyKind(fixed(200), 'exponential')).toEqual({
      kind: 'exponential',
      meanMs: 200,
    });
    expect(changeLatencyKind(fixed(200), 'rare')).toEqual({
      kind: 'rare',
      ms: 200,
      slowMs: 2000,
      slowPercent: 1,
    });
    expect(changeLatencyKind({ kind: 'exponential', meanMs: 80 }, 'fixed')).toEqual(fixed(80));
    expect(changeLatencyKind(fixed(0), 'rare')).toMatchObject({ ms: 0, slowMs: 10 });
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

  it('sets the mean of an exponential and each part of a rare slow call', () => {
    const rare: Latency = { kind: 'rare', ms: 10, slowMs: 1000, slowPercent: 1 };
    expect(withLatencyBound({ kind: 'exponential', meanMs: 5 }, 'meanMs', 9)).toEqual({
      kind: 'exponential',
      meanMs: 9,
    });
    expect(withLatencyBound(rare, 'slowPercent', 0.5)).toEqual({ ...rare, slowPercent: 0.5 });
    expect(withLatencyBound(rare, 'slowMs', 5)).toEqual({ ...rare, slowMs: 5 });
    expect(withLatencyBound(rare, 'p99Ms', 5)).toBe(rare);
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
