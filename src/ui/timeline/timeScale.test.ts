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
  it('picks the smallest 1/2/5 step that fits, with ms below 1 s and s from 1 s on', () => {
    expect(niceTicks(0, 1250, 7)).toMatchObject({ stepMs: 200 });
    expect(labels(0, 1250, 7)).toEqual([
      '0',
      '200 ms',
      '400 ms',
      '600 ms',
      '800 ms',
      '1 s',
      '1.2 s',
    ]);
    expect(labels(0, 1250, 6)).toEqual(['0', '500 ms', '1 s']);
    expect(labels(0, 2000, 5)).toEqual(['0', '500 ms', '1 s', '1.5 s', '2 s']);
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
    expect(labels(0, 600_000, 7)).toEqual([
      '0',
      '100 s',
      '200 s',
      '300 s',
      '400 s',
      '500 s',
      '600 s',
    ]);
    expect(labels(0, 1, 4)).toEqual(['0', '0.5 ms', '1 ms']);
    expect(labels(0, 25_425, 6)).toEqual(['0', '5 s', '10 s', '15 s', '20 s', '25 s']);
  });

  it('starts at the first multiple of the step inside an offset domain', () => {
    expect(labels(1030, 1970, 5)).toEqual(['1.2 s', '1.4 s', '1.6 s', '1.8 s']);
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
  it('uses just the decimals the step needs', () => {
    expect(formatTickMs(0, 250)).toBe('0');
    expect(formatTickMs(250, 50)).toBe('250 ms');
    expect(formatTickMs(1000, 500)).toBe('1 s');
    expect(formatTickMs(1500, 500)).toBe('1.5 s');
    expect(formatTickMs(1050, 50)).toBe('1.05 s');
    expect(formatTickMs(2.5, 0.5)).toBe('2.5 ms');
    expect(formatTickMs(60_000, 10_000)).toBe('60 s');
  });
});
