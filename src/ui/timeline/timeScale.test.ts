import { describe, expect, it } from 'vitest';
import { formatTickMs, niceTicks, timeScale, toMs, toPx } from './timeScale.ts';

const labels = (startMs: number, endMs: number, maxTicks: number): string[] =>
  niceTicks(startMs, endMs, maxTicks).ticks.map((t) => t.label);

describe('timeScale', () => {
  it('maps the domain linearly onto the range, and back', () => {
    const scale = timeScale(0, 1250, 100, 600);
    expect(toPx(scale, 0)).toBe(100);
    expect(toPx(scale, 1250)).toBe(600);
    expect(toPx(scale, 625)).toBe(350);
    expect(toMs(scale, 350)).toBe(625);
    expect(toMs(scale, toPx(scale, 333))).toBeCloseTo(333, 9);
  });

  it('widens an empty domain to 1 ms instead of dividing by zero', () => {
    const scale = timeScale(5, 5, 0, 100);
    expect(toPx(scale, 5.5)).toBe(50);
  });
});

describe('niceTicks', () => {
  it('picks the smallest 1/2/5 step that fits, labelled in the unit of the axis end', () => {
    expect(niceTicks(0, 1250, 7)).toMatchObject({ stepMs: 200 });
    expect(labels(0, 1250, 7)).toEqual([
      '0',
      '200 ms',
      '400 ms',
      '600 ms',
      '800 ms',
      '1,000 ms',
      '1,200 ms',
    ]);
    expect(labels(0, 1250, 6)).toEqual(['0', '500 ms', '1,000 ms']);
    expect(labels(0, 20_000, 5)).toEqual(['0', '5 s', '10 s', '15 s', '20 s']);
  });

  it('never exceeds maxTicks, over many ranges', () => {
    for (const endMs of [1, 7, 99, 100, 101, 1234, 25_425, 600_000, 3_600_000]) {
      for (const maxTicks of [1, 2, 5, 8, 13]) {
        const { stepMs, ticks } = niceTicks(0, endMs, maxTicks);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        expect(stepMs / 10 ** Math.floor(Math.log10(stepMs))).toBeOneOf([1, 2, 5]);
      }
    }
  });

  it('labels long and sub-millisecond axes', () => {
    expect(labels(0, 599_000, 7)).toEqual(['0', '100 s', '200 s', '300 s', '400 s', '500 s']);
    expect(labels(0, 1_200_000, 7)).toEqual([
      '0',
      '3:20 min',
      '6:40 min',
      '10:00 min',
      '13:20 min',
      '16:40 min',
      '20:00 min',
    ]);
    expect(labels(0, 1, 4)).toEqual(['0', '0.5 ms', '1 ms']);
    expect(labels(0, 25_425, 6)).toEqual(['0', '5 s', '10 s', '15 s', '20 s', '25 s']);
  });

  it('starts at the first multiple of the step inside an offset domain', () => {
    expect(labels(1030, 1970, 5)).toEqual(['1,200 ms', '1,400 ms', '1,600 ms', '1,800 ms']);
    expect(labels(10_300, 19_700, 5)).toEqual(['12 s', '14 s', '16 s', '18 s']);
  });

  it('keeps an end that is a multiple of a decimal step despite float noise', () => {
    expect(niceTicks(0, 0.3, 4).ticks.map((t) => t.atMs)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('returns no ticks for an empty, inverted or infinite domain', () => {
    expect(niceTicks(0, 0, 5).ticks).toEqual([]);
    expect(niceTicks(10, 5, 5).ticks).toEqual([]);
    expect(niceTicks(0, Infinity, 5).ticks).toEqual([]);
  });
});

describe('formatTickMs', () => {
  it('writes a tick in the unit of the axis end, with just the decimals the step needs', () => {
    expect(formatTickMs(0, 250, 1250)).toBe('0');
    expect(formatTickMs(250, 50, 1250)).toBe('250 ms');
    expect(formatTickMs(1000, 500, 1250)).toBe('1,000 ms');
    expect(formatTickMs(1500, 500, 12_000)).toBe('1.5 s');
    expect(formatTickMs(1050, 50, 12_000)).toBe('1.05 s');
    expect(formatTickMs(2.5, 0.5, 10)).toBe('2.5 ms');
    expect(formatTickMs(60_000, 10_000, 60_000)).toBe('60 s');
    expect(formatTickMs(600_000, 60_000, 600_000)).toBe('10:00 min');
  });
});
