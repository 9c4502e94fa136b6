import { describe, expect, it } from 'vitest';
import {
  durationParts,
  durationPartsIn,
  durationUnitFor,
  formatExactMs,
  formatDuration,
  formatDurationIn,
} from './formatDuration.ts';

describe('formatDuration', () => {
  it('writes ms below 10 s, grouped, to at most 0.1 ms', () => {
    expect(formatDuration(750)).toBe('750 ms');
    expect(formatDuration(1250)).toBe('1,250 ms');
    expect(formatDuration(9.84)).toBe('9.8 ms');
    expect(formatDuration(0.05)).toBe('0.1 ms');
    expect(formatDuration(9999)).toBe('9,999 ms');
    expect(formatDuration(9999.9)).toBe('9,999.9 ms');
  });

  it('switches to seconds at 10 s, as shown after rounding', () => {
    expect(formatDuration(10_000)).toBe('10 s');
    expect(formatDuration(9999.96)).toBe('10 s');
    expect(formatDuration(12_440)).toBe('12.4 s');
    expect(formatDuration(599_900)).toBe('599.9 s');
  });

  it('switches to min:s at 10 min, as shown after rounding', () => {
    expect(formatDuration(600_000)).toBe('10:00 min');
    expect(formatDuration(599_960)).toBe('10:00 min');
    expect(formatDuration(1_241_000)).toBe('20:41 min');
    expect(formatDuration(1_241_600)).toBe('20:42 min');
    // The clipped "Total queued wait 10540194".
    expect(formatDuration(10_540_194)).toBe('175:40 min');
    expect(formatDuration(60_000_000_000)).toBe('1,000,000:00 min');
  });

  it('writes zero as 0 ms and never -0', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(-0)).toBe('0 ms');
    expect(formatDuration(-0.01)).toBe('0 ms');
  });

  it('keeps the sign of a negative duration and picks the unit by its size', () => {
    expect(formatDuration(-1250)).toBe('-1,250 ms');
    expect(formatDuration(-12_440)).toBe('-12.4 s');
    expect(formatDuration(-1_241_000)).toBe('-20:41 min');
  });

  it('writes a dash for values that are not finite', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatDuration(Number.NEGATIVE_INFINITY)).toBe('—');
  });
});

describe('durationParts', () => {
  it('splits value and unit for a card', () => {
    expect(durationParts(750)).toEqual({ value: '750', unit: 'ms' });
    expect(durationParts(12_400)).toEqual({ value: '12.4', unit: 's' });
    expect(durationParts(1_241_000)).toEqual({ value: '20:41', unit: 'min' });
    expect(durationParts(Number.NaN)).toEqual({ value: '—', unit: '' });
  });

  it('keeps the card value within 8 characters for anything up to a day', () => {
    const values = [0, 9_999.9, 599_900, 10_540_194, 86_400_000].map(
      (ms) => durationParts(ms).value,
    );
    expect(values).toEqual(['0', '9,999.9', '599.9', '175:40', '1,440:00']);
    expect(Math.max(...values.map((value) => value.length))).toBeLessThanOrEqual(8);
  });
});

describe('formatExactMs', () => {
  it('keeps ms to 0.001, grouped, for table columns', () => {
    expect(formatExactMs(10_540_194)).toBe('10,540,194');
    expect(formatExactMs(333.3333)).toBe('333.333');
    expect(formatExactMs(0.5)).toBe('0.5');
    expect(formatExactMs(Number.NaN)).toBe('—');
  });
});

describe('durationPartsIn', () => {
  it('writes a value in a unit chosen elsewhere, with the card precision of that unit', () => {
    expect(durationPartsIn(3_240, 's')).toEqual({ value: '3.2', unit: 's' });
    expect(durationPartsIn(12_345, 'ms')).toEqual({ value: '12,345', unit: 'ms' });
    expect(durationPartsIn(90_400, 'min')).toEqual({ value: '1:30', unit: 'min' });
    expect(durationPartsIn(Number.POSITIVE_INFINITY, 's')).toEqual({ value: '—', unit: '' });
  });
});

describe('durationUnitFor', () => {
  it('names the unit at each boundary', () => {
    expect(durationUnitFor(9999)).toBe('ms');
    expect(durationUnitFor(10_000)).toBe('s');
    expect(durationUnitFor(599_940)).toBe('s');
    expect(durationUnitFor(600_000)).toBe('min');
    expect(durationUnitFor(-600_000)).toBe('min');
  });
});

describe('formatDurationIn', () => {
  it('writes a value in a given unit with up to the given decimals', () => {
    expect(formatDurationIn(1250, 's', 3)).toBe('1.25');
    expect(formatDurationIn(1250, 'ms', 3)).toBe('1,250');
    expect(formatDurationIn(150_000, 'min', 0)).toBe('2:30');
    expect(formatDurationIn(150_500, 'min', 1)).toBe('2:30.5');
    expect(formatDurationIn(Number.NaN, 's', 1)).toBe('—');
  });
});
