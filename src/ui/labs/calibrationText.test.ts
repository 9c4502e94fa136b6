import { describe, expect, it } from 'vitest';
import { calibrationText } from './calibrationText.ts';

const calibration = { overheadMs: 9.84, spreadMs: 2, samples: 12 };

describe('calibrationText', () => {
  it('says the virtual engine needs no calibration', () => {
    expect(calibrationText('virtual', true, calibration, true)).toMatch(/^n\/a: the virtual/);
  });

  it('shows the measured overhead and whether it is compensated', () => {
    expect(calibrationText('live', true, calibration, true)).toBe(
      'mock overhead 9.8 ms ± 1 ms, compensated',
    );
    expect(calibrationText('live', true, calibration, false)).toMatch(/not compensated$/);
  });

  it('says when the overhead is still being measured or live runs are off', () => {
    expect(calibrationText('live', true, null, true)).toMatch(/measuring/);
    expect(calibrationText('live', false, null, true)).toMatch(/unavailable/);
    expect(calibrationText('live', true, null, true, 'HTTP 500')).toMatch(
      /could not be measured \(HTTP 500\); live runs are not compensated/,
    );
  });
});
