import { describe, expect, it } from 'vitest';
import { makespanGap } from './makespanGap.ts';

describe('makespanGap', () => {
  it('says a run matched its prediction', () => {
    expect(makespanGap(1250, 1250)).toBe('exactly as predicted');
    expect(makespanGap(1250.01, 1250)).toBe('exactly as predicted');
  });

  it('gives the gap in ms and per cent', () => {
    expect(makespanGap(1282, 1250)).toBe('+32 ms (+2.6%) over the prediction');
    expect(makespanGap(490.5, 500)).toBe('−9.5 ms (−1.9%) under the prediction');
  });

  it('writes a large gap in seconds', () => {
    expect(makespanGap(131_240, 118_100)).toBe('+13.1 s (+11.1%) over the prediction');
  });

  it('never says 0% for a real gap', () => {
    expect(makespanGap(118_109.8, 118_100)).toBe('+9.8 ms (+<0.1%) over the prediction');
  });

  it('leaves out the percentage when the prediction is 0', () => {
    expect(makespanGap(12, 0)).toBe('+12 ms over the prediction');
  });
});
