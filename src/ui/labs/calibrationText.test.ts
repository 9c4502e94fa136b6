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

  it('states the page’s capacity: the faithful rate the planner uses, and the ceiling', () => {
    const measured = { ...calibration, requestCpuMs: 1.25 };
    expect(calibrationText('live', true, measured, true)).toBe(
      'mock overhead 9.8 ms ± 1 ms, compensated; this page answers about 200 mocked requests ' +
        'a second faithfully (800 at most)',
    );
  });

  it('says when the overhead stayed unsteady, and after how many measurements', () => {
    const unsteady = { ...calibration, spreadMs: 14, attempts: 3, unstable: true };
    expect(calibrationText('live', true, unsteady, true)).toBe(
      'mock overhead 9.8 ms ± 7 ms (unsteady over 3 measurements: the page was busy, live ' +
        'timings may drift), compensated',
    );
  });
});
